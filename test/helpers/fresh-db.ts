/** The extension's IndexedDB emptied between tests (fake-indexeddb): the open connection closed, the database deleted. */
import 'fake-indexeddb/auto';
import { closeDb, DB_NAME } from '../../lib/store/db';

export async function freshDb(): Promise<void> {
  await closeDb();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}
