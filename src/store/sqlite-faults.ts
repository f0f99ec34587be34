import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, statfsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The SQLite file cannot hold the store; `message` says which file and what is wrong with it. */
export class DatabaseFileError extends Error {
  readonly code = 'DATABASE_FILE';
  constructor(readonly path: string, readonly problem: string) {
    super(`${path} ${problem}`);
  }
}

/** Kernel file systems whose files are not files (reading /proc/… as a database, or creating folders there, never ends well). */
const PSEUDO_FILE_SYSTEMS = new Map([[0x9fa0, 'the kernel\'s /proc file system'], [0x62656572, 'the kernel\'s /sys file system']]);

function pseudoFileSystemOf(path: string): string | undefined {
  try {
    return PSEUDO_FILE_SYSTEMS.get(statfsSync(path).type);
  } catch {
    return undefined;
  }
}

const reason = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;
const writable = (path: string, mode = constants.W_OK): boolean => {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
};

/**
 * Makes sure `path` can hold the store before SQLite opens it: its folder exists (created if missing) and is
 * writable, and an existing file is a whole SQLite database. Throws a DatabaseFileError saying what is wrong.
 */
export function prepareDatabasePath(path: string): void {
  if (existsSync(path)) {
    checkExistingFile(path);
    return;
  }
  const missing: string[] = [];
  let dir = dirname(path);
  while (!existsSync(dir)) {
    missing.unshift(dir);
    dir = dirname(dir);
  }
  const fail = (problem: string): never => {
    throw new DatabaseFileError(path, `cannot be created: ${problem}`);
  };
  if (!statSync(dir).isDirectory()) fail(`${dir} is a file, not a folder`);
  const pseudo = pseudoFileSystemOf(dir);
  if (pseudo) fail(`${dir} is on ${pseudo}, which cannot hold a database`);
  if (!writable(dir, constants.W_OK | constants.X_OK)) fail(`the folder ${dir} is not writable`);
  // Folder by folder: Node's recursive mkdir can loop forever where the kernel refuses new folders (/proc).
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      fail(`could not create the folder ${folder} (${reason(error)})`);
    }
  }
}

function checkExistingFile(path: string): void {
  const fail = (problem: string): never => {
    throw new DatabaseFileError(path, problem);
  };
  const stat = statSync(path);
  if (stat.isDirectory()) fail(`is a folder, not a database file (for example, use ${join(path, 'briefing.db')})`);
  if (!stat.isFile()) fail('is not a regular file (a device, pipe or socket cannot hold a database)');
  const pseudo = pseudoFileSystemOf(path);
  if (pseudo) fail(`is on ${pseudo}, which cannot hold a database`);
  if (!writable(path, constants.R_OK | constants.W_OK)) fail('is read-only: the bot writes to its store');
  // SQLite keeps its -wal and -shm files beside the database.
  if (!writable(dirname(path), constants.W_OK | constants.X_OK)) fail(`is in a read-only folder (${dirname(path)}): SQLite needs to create files beside it`);
  if (stat.size === 0) return; // an empty file becomes a new database
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (stat.size < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\0') fail('is not a SQLite database');
  const pageSize = header.readUInt16BE(16) === 1 ? 65_536 : header.readUInt16BE(16);
  const pages = header.readUInt32BE(28);
  // The page count is trustworthy when its change counter matches; pages still in the -wal file are not in it yet.
  const countValid = pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  const walPending = existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0;
  if (countValid && !walPending && stat.size < pageSize * pages) {
    fail(`is truncated: its header counts ${pages} pages of ${pageSize} bytes, but the file holds only ${stat.size} bytes`);
  }
}

/** What an error from SQLite says about the database file, or undefined when it is about something else. */
export function fileProblemOf(error: unknown): string | undefined {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (!code.startsWith('SQLITE_')) return undefined;
  const detail = (error as Error).message;
  if (code === 'SQLITE_NOTADB') return 'is not a SQLite database';
  if (code.startsWith('SQLITE_CORRUPT')) return `is damaged (${detail}): restore it from a backup, or move it aside to start a new store seeded from data/`;
  if (code.startsWith('SQLITE_READONLY')) return `is read-only (${detail}): the bot writes to its store`;
  if (code.startsWith('SQLITE_CANTOPEN')) return `cannot be opened (${detail})`;
  if (code.startsWith('SQLITE_IOERR')) return `cannot be read or written (${detail})`;
  if (code === 'SQLITE_FULL') return 'cannot grow: the disk is full';
  if (code === 'SQLITE_PERM' || code.startsWith('SQLITE_AUTH')) return `may not be accessed (${detail})`;
  return undefined;
}

export const isLocked = (error: unknown): boolean => /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown })?.code ?? ''));

/** How long a store call waits, in total, for another process to release the database before it gives up. */
export const LOCK_WAIT_MS = 60_000;

/**
 * Wraps every method of a SQLite-backed object: a call that finds the database locked by another process is
 * tried again after a growing pause, without ever holding up the event loop; errors about the file itself
 * become DatabaseFileErrors.
 */
export function withLockRetry<T extends object>(target: T, path: string, maxWaitMs = LOCK_WAIT_MS): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(target)) {
    wrapped[name] = typeof value !== 'function' ? value : async (...args: unknown[]) => {
      let waited = 0;
      for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (error) {
          if (!isLocked(error)) {
            const problem = fileProblemOf(error);
            throw problem ? new DatabaseFileError(path, problem) : error;
          }
          if (waited >= maxWaitMs) throw new DatabaseFileError(path, `stayed locked by another process for ${Math.round(waited / 1000)} s`);
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
        waited += pause;
      }
    };
  }
  return wrapped as T;
}
