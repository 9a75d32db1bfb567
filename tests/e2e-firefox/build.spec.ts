import { test } from '@playwright/test';
import { BUILD_CHECKS } from '../fixtures/build-checks';
import { FIREFOX_EXTENSION_DIR } from './firefox';

test.describe('the Firefox build', () => {
  for (const [name, check] of Object.entries(BUILD_CHECKS)) {
    test(name, () => check(FIREFOX_EXTENSION_DIR));
  }
});
