// How the browser tests and the benchmark start Debian's Chromium: headless, with the background
// services off (this machine's closed network refuses them) and a fresh profile each time.
const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

module.exports = { chromiumLaunchOptions };
