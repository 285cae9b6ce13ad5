import type { ReactNode } from "react";

/** A column of a DataTable: its header (none for a column of buttons) and, optionally, its width. */
export type Column = { label?: ReactNode; width?: number | string };

/**
 * A table with one header row and the given body rows. A column is a label,
 * a `Column`, or `false` for a column the table leaves out this time.
 */
export function DataTable({ columns, children, testId }: { columns: Array<Column | string | false>; children: ReactNode; testId?: string }) {
  const shown = columns.filter((c) => c !== false).map((c) => (typeof c === "string" ? { label: c } : c));
  return (
    <table className="table" data-testid={testId}>
      <thead>
        <tr>
          {shown.map((c, i) => (
            <th key={i} scope="col" style={c.width === undefined ? undefined : { width: c.width }}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
