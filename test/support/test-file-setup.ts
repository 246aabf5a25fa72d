import { afterAll } from 'vitest';
import { removeTemporaryFolders } from './temporary-folders.js';

// Run before each test file (vitest.config.ts, setupFiles).
afterAll(removeTemporaryFolders);
