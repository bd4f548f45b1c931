/** Beyond this many versions Adoption does not load the full list: the 100 newest are used. */
export const FULL_LIST_MAX = 500;
