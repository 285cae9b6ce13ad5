/** A page's query string as Next.js hands it over; each loader parses it with its own schema. */
export type SearchParams = Record<string, string | string[] | undefined>;
