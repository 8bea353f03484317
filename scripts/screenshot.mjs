// Takes screenshots of a running page with Debian's Chromium, to look at what we build.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [--dark] [--full]
import { chromium } from 'playwright-core';

const [url, out, width = '1280', height = '800', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [--dark] [--full]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: flags.includes('--dark') ? 'dark' : 'light',
});
page.on('console', (message) => {
  if (message.type() === 'error') console.error('page error:', message.text());
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: flags.includes('--full') });
await browser.close();
console.log(`wrote ${out}`);
