/** Maps jose's validation errors to a 401 with a code a client can act on (never the token itself). */
import { errors } from 'jose';
import type { AuthFailure } from './principal';

export function joseFailure(error: unknown): AuthFailure {
  if (error instanceof errors.JWTExpired)
    return { status: 401, code: 'token-expired', message: 'the access token has expired' };
  if (error instanceof errors.JWTClaimValidationFailed) {
    const claim = error.claim;
    const what: Record<string, string> = {
      iss: 'was not issued by the expected issuer',
      aud: 'is not meant for this API (audience)',
      nbf: 'is not valid yet',
      iat: 'has an unusable issue time',
      exp: 'has no usable expiry',
    };
    return {
      status: 401,
      code: `token-${claim}`,
      message: `the access token ${what[claim] ?? `has an invalid ${claim} claim`}`,
    };
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return {
      status: 401,
      code: 'token-signature',
      message: "the access token signature does not verify against the issuer's keys",
    };
  }
  if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
    // The signing keys could not be fetched: refuse (fail closed) and say why.
    return {
      status: 401,
      code: 'token-unverifiable',
      message: "the access token could not be checked against the issuer's keys",
    };
  }
  return { status: 401, code: 'token-invalid', message: 'the access token is not valid' };
}
