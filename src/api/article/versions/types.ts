/** What the versions' admin API answers about a version; shared by the server and the admin panel (no imports). */
export interface VersionSummary {
  id: number;
  documentId: string;
  locale: string;
  at: string;
  /** Who made it: an admin user, an API token, the scheduler or the system (src/actors). */
  who: { type: string; label: string };
  status: string;
  /** save, publish, unpublish or discard (versions/record.ts). */
  event: string;
  /** The version this one restored, when it is a restore. */
  restoredFrom: number | null;
  summary: string;
}
