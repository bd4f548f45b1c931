import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRowsInBatches } from './use-rows-in-batches';

const rows = Array.from({ length: 20 }, (_, i) => `row ${i + 1}`);

describe('useRowsInBatches', () => {
  it('renders the rows there at mount all at once by default', () => {
    const { result } = renderHook(() => useRowsInBatches(rows, 8));
    expect(result.current).toHaveLength(20);
  });

  it('renders the rows asked for at mount first, then all', async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const shown = useRowsInBatches(rows, 8, { mount: 8 });
      seen.push(shown.length);
      return shown;
    });
    expect(seen[0]).toBe(8);
    await waitFor(() => expect(result.current).toHaveLength(20));
    expect(result.current.at(-1)).toBe('row 20');
  });

  it('adds rows arriving into an empty list a batch per task', async () => {
    const seen = new Set<number>();
    const { result, rerender } = renderHook(
      ({ list }: { list: string[] }) => {
        const shown = useRowsInBatches(list, 8);
        seen.add(shown.length);
        return shown;
      },
      { initialProps: { list: [] as string[] } },
    );
    rerender({ list: rows });
    await waitFor(() => expect(result.current).toHaveLength(20));
    expect([...seen]).toEqual([0, 8, 16, 20]);
  });
});
