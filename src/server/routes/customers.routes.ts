/**
 * Customers for the call-back: both roles may read the contract number and the
 * authorised contacts; only the operator may change customer data (BCP-4.3: the cover gets
 * only the access the role needs).
 */
import { authorisedContacts, type Customer } from '../../core/customers/customer';
import type { Clock } from '../../shared/clock';
import { importCustomersAudited } from '../../store/audited-imports';
import type { CustomerCatalogue } from '../../store/customer-catalogue';
import type { Db } from '../../store/database';
import type { CustomerDto, CustomerImportResponse, CustomerListResponse, MeResponse } from '../api-contract';
import { actorOf } from '../auth/principal';
import { DomainError } from '../http-errors';
import { BOTH_ROLES, OPERATOR_ONLY, type ApiRoute } from './api-route';

export const toCustomerDto = (c: Customer): CustomerDto => ({
  id: c.id,
  name: c.name,
  domains: c.domains,
  contractPhone: c.contractPhone,
  responseHours: c.responseHours ?? null,
  language: c.language,
  authorisedContacts: authorisedContacts(c).map((k) => ({
    name: k.name,
    email: k.email,
    ...(k.phone ? { phone: k.phone } : {}),
    ...(k.role ? { role: k.role } : {}),
  })),
});

export interface CustomerRouteDeps {
  db: Db;
  catalogue: CustomerCatalogue;
  customersDir: string;
  clock: Clock;
  newId: () => string;
}

export function customerRoutes(deps: CustomerRouteDeps): ApiRoute[] {
  return [
    {
      method: 'get',
      path: '/api/me',
      roles: BOTH_ROLES,
      handle: (_req, res, principal) => {
        res.json({ name: principal.name, role: principal.role } satisfies MeResponse);
      },
    },
    {
      method: 'get',
      path: '/api/customers',
      roles: BOTH_ROLES,
      handle: (_req, res) => {
        res.json({
          customers: deps.catalogue.current().customers.map(toCustomerDto),
        } satisfies CustomerListResponse);
      },
    },
    {
      method: 'get',
      path: '/api/customers/:id',
      roles: BOTH_ROLES,
      handle: (req, res) => {
        const customer = deps.catalogue.byId(String(req.params.id));
        if (!customer) throw new DomainError('customer-not-found', `no customer ${String(req.params.id)}`);
        res.json(toCustomerDto(customer) satisfies CustomerDto);
      },
    },
    {
      method: 'post',
      path: '/api/customers/import',
      roles: OPERATOR_ONLY,
      handle: (_req, res, principal) => {
        const outcome = importCustomersAudited(
          deps.db,
          deps.customersDir,
          actorOf(principal),
          deps.clock.now(),
          deps.newId,
        );
        if (!outcome.ok || !outcome.summary) {
          const errors = outcome.problems.filter((p) => p.severity === 'error');
          throw new DomainError(
            'customers-invalid',
            `the customer files have ${errors.length} error(s): nothing was imported`,
            errors,
          );
        }
        const warnings = outcome.problems
          .filter((p) => p.severity === 'warning')
          .map(({ file, line, field, code, message }) => ({ file, line, field, code, message }));
        res.json({ ...outcome.summary, warnings } satisfies CustomerImportResponse);
      },
    },
  ];
}
