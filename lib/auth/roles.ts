import { z } from "zod";

export const ROLES = ["editor", "reviewer", "admin"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The signed-in person as every policy and use-case sees them. */
export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
};

/** Coerces a stored role; an unknown value gets the least privilege. */
export function parseRole(value: unknown): Role {
  const parsed = roleSchema.safeParse(value);
  return parsed.success ? parsed.data : "editor";
}
