import type { Migration } from './index';

export const foundation: Migration = {
  version: 101,
  name: 'customers, contacts, risks',
  sql: `
CREATE TABLE customers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  contract_phone TEXT NOT NULL,
  response_hours REAL,
  language TEXT NOT NULL CHECK (language IN ('de', 'en')),
  notes TEXT,
  source_file TEXT,
  imported_at TEXT NOT NULL
);
CREATE TABLE customer_domains (
  customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  domain TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (customer_id, domain)
);
CREATE INDEX customer_domains_domain ON customer_domains(domain);
CREATE TABLE contacts (
  customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT,
  role TEXT,
  restore INTEGER NOT NULL CHECK (restore IN (0, 1)),
  PRIMARY KEY (customer_id, position)
);
CREATE UNIQUE INDEX contacts_email ON contacts(email);
CREATE TABLE risks (
  id TEXT PRIMARY KEY,
  section TEXT NOT NULL CHECK (section IN ('open', 'closed')),
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 4),
  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 4),
  score INTEGER NOT NULL CHECK (score = likelihood * impact),
  treatment TEXT NOT NULL,
  owner TEXT NOT NULL,
  target TEXT NOT NULL,
  status TEXT NOT NULL,
  closed_on TEXT,
  closure_rationale TEXT,
  imported_at TEXT NOT NULL
);
CREATE TABLE documents (
  name TEXT PRIMARY KEY,
  content TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
`,
};
