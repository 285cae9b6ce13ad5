/** Toolbar icons: small inline SVGs (no icon font, no emoji, renders everywhere). */
const base = { width: 16, height: 16, viewBox: "0 0 16 16", fill: "none", stroke: "currentColor", strokeWidth: 1.6, strokeLinecap: "round", strokeLinejoin: "round", "aria-hidden": true } as const;

export const LinkIcon = () => (
  <svg {...base}><path d="M6.5 9.5l3-3" /><path d="M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8" /><path d="M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" /></svg>
);
export const UnlinkIcon = () => (
  <svg {...base}><path d="M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8" /><path d="M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" /><path d="M3 3l10 10" /></svg>
);
export const BulletIcon = () => (
  <svg {...base}><circle cx="3" cy="4" r="1" fill="currentColor" /><circle cx="3" cy="8" r="1" fill="currentColor" /><circle cx="3" cy="12" r="1" fill="currentColor" /><path d="M6.5 4H14M6.5 8H14M6.5 12H14" /></svg>
);
export const OrderedIcon = () => (
  <svg {...base} strokeWidth={1.4}><path d="M2.5 3h1v3M2.3 6h2.2M2.3 9.3c.3-.5 1.9-.6 1.9.4 0 .8-2 1.3-2 2.3h2.1" /><path d="M7 4H14M7 8H14M7 12H14" strokeWidth={1.6} /></svg>
);
export const QuoteIcon = () => (
  <svg {...base}><path d="M3 4h10M5.5 8H13M5.5 12H13M3 7v6" /></svg>
);
export const UndoIcon = () => (
  <svg {...base}><path d="M5.5 3L2.5 6l3 3" /><path d="M2.5 6h7a4 4 0 010 8H7" /></svg>
);
export const RedoIcon = () => (
  <svg {...base}><path d="M10.5 3l3 3-3 3" /><path d="M13.5 6h-7a4 4 0 000 8H9" /></svg>
);
