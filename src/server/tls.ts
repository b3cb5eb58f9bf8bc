/**
 * HTTPS for Office: Outlook loads add-in pages only over HTTPS. In local development we generate a
 * CA and a localhost certificate under <data>/certs with office-addin-dev-certs, which writes files
 * only and never touches the OS trust store (trusting the CA is the operator's choice, README).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
  ca?: Buffer;
}

export async function tlsOptions(config: Config): Promise<TlsFiles | null> {
  if (config.tls.mode === 'off') return null;
  if (config.tls.mode === 'files') {
    return { cert: readFileSync(config.tls.certFile!), key: readFileSync(config.tls.keyFile!) };
  }
  const dir = join(config.dataDir, 'certs');
  const ca = join(dir, 'ca.crt');
  const cert = join(dir, 'localhost.crt');
  const key = join(dir, 'localhost.key');
  if (!existsSync(cert) || !existsSync(key)) {
    const { generateCertificates } = await import('office-addin-dev-certs');
    await generateCertificates(ca, cert, key, 365, ['localhost', '127.0.0.1']);
  }
  return { cert: readFileSync(cert), key: readFileSync(key), ca: readFileSync(ca) };
}
