import type { Role } from "@/lib/auth/roles";

/**
 * Demo accounts, created only in an empty database. The passwords are public
 * (README, start-up output): demo use only. Change or disable these accounts
 * before real use.
 */
export const DEMO_USERS: { name: string; email: string; role: Role; password: string }[] = [
  { name: "Erin Editor", email: "editor@copydesk.local", role: "editor", password: "copydesk-editor-demo" },
  { name: "Riley Reviewer", email: "reviewer@copydesk.local", role: "reviewer", password: "copydesk-reviewer-demo" },
  { name: "Ada Admin", email: "admin@copydesk.local", role: "admin", password: "copydesk-admin-demo" },
];
