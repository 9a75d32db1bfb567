import { test } from '@playwright/test';
import { BUILD_CHECKS } from '../fixtures/build-checks';
import { EXTENSION_DIR } from './fixtures';

test.describe('the Chrome build', () => {
  for (const [name, check] of Object.entries(BUILD_CHECKS)) test(name, () => check(EXTENSION_DIR));
});
