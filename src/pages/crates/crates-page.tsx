import { CrateListSection } from '@/components/crate/crate-list-section';
import { useListParams } from '@/lib/use-list-params';
import { allCratesQuery, CRATES_LIST } from './crates-loader';
import { LetterFilter } from './letter-filter';

export function Component() {
  const list = useListParams(CRATES_LIST);
  return (
    <>
      <title>
        {list.letter
          ? `Crates starting with ${list.letter} - crates.io: Rust Package Registry`
          : 'Crates - crates.io: Rust Package Registry'}
      </title>
      <h1 className="text-2xl font-bold">
        All Crates
        {list.letter && (
          <span className="text-muted font-normal"> starting with {list.letter}</span>
        )}
      </h1>
      <div className="mt-4 mb-5">
        <LetterFilter current={list.letter} hrefFor={(letter) => list.hrefWith({ letter })} />
      </div>
      <CrateListSection
        config={CRATES_LIST}
        list={list}
        query={allCratesQuery(list)}
        headingLevel={2}
        empty={
          list.letter ? <p>No crate name starts with {list.letter}.</p> : <p>No crates yet.</p>
        }
      />
    </>
  );
}
