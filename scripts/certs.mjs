// Development HTTPS certificates in the project's git-ignored .certs/ folder. `office-addin-dev-certs
// install` needs sudo to trust its CA and fails quietly here, so we only generate; trusting the CA is
// a documented step on machines with Excel (docs/DEPLOYMENT.md). Run directly to create them early.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import devCerts from 'office-addin-dev-certs';

export const CERT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '.certs');
const paths = {
  ca: join(CERT_DIR, 'ca.crt'),
  cert: join(CERT_DIR, 'localhost.crt'),
  key: join(CERT_DIR, 'localhost.key'),
};
// A year, so a CA trusted once keeps working; browsers accept leaf certificates up to 398 days.
const VALID_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

function isUsable() {
  if (!Object.values(paths).every((path) => existsSync(path))) return false;
  const expires = Date.parse(new X509Certificate(readFileSync(paths.cert)).validTo);
  return expires - Date.now() > DAY_MS;
}

/** The dev server's HTTPS options ({ ca, cert, key }), generating new certificates when missing or expiring. */
export async function ensureCertificates() {
  if (!isUsable()) {
    // generateCertificates keeps an existing ca.crt, which would no longer match a new localhost.crt.
    rmSync(CERT_DIR, { recursive: true, force: true });
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key, VALID_DAYS, [
      '127.0.0.1',
      'localhost',
    ]);
  }
  return {
    ca: readFileSync(paths.ca),
    cert: readFileSync(paths.cert),
    key: readFileSync(paths.key),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureCertificates();
  console.log(
    `Development certificates are in ${CERT_DIR}; trust ${paths.ca} as described in docs/DEPLOYMENT.md.`,
  );
}
