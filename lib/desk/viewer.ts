import type { StaffRole } from '@/lib/db/schema';

/** The signed-in desk user, as every desk query and action sees them. */
export interface Viewer {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
  /** The village a representative works for; null for the administrator. */
  village: string | null;
}

/** Written to order_events.actor, so the history says who did it. */
export const actorOf = (viewer: Viewer) => `desk:${viewer.username}`;

export const viewerColumns = <T extends Viewer>(row: T): Viewer => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  role: row.role,
  village: row.village,
});
