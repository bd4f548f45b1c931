import {
  type DefaultError,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import { useRef } from 'react';

/**
 * useMutation whose mutate() does nothing while an earlier call is in flight, so a
 * second press of a submit button (a double click, Enter twice) sends no second
 * request. isPending cannot guard on its own: React Query tells the component a
 * tick later (its notify scheduler), and a second click can land before the
 * button is disabled.
 */
export function useGuardedMutation<
  TData = unknown,
  TError = DefaultError,
  TVariables = void,
  TOnMutateResult = unknown,
>(
  options: UseMutationOptions<TData, TError, TVariables, TOnMutateResult>,
): UseMutationResult<TData, TError, TVariables, TOnMutateResult> {
  const inFlight = useRef(false);
  const mutation = useMutation({
    ...options,
    onSettled: (...args) => {
      inFlight.current = false;
      return options.onSettled?.(...args);
    },
  });
  return {
    ...mutation,
    mutate: (...args: Parameters<typeof mutation.mutate>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      mutation.mutate(...args);
    },
  } as UseMutationResult<TData, TError, TVariables, TOnMutateResult>;
}
