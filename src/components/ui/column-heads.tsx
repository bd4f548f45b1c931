/** A table's header row of plain column names. */
export function ColumnHeads({ columns }: { columns: string[] }) {
  return (
    <thead className="border-b border-line text-muted">
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col" className="p-2 font-medium">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
