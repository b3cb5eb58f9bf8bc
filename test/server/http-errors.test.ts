import { startHarness, type Harness } from './harness';

describe('errors at the HTTP boundary', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it.each([
    ['a malformed path under the add-in files', '/addin/%E0%A4%A', 404],
    ['a null byte in a file name', '/addin/taskpane.js%00.map', 404],
    ['a path that climbs out of the add-in folder', '/addin/..%2f..%2fpackage.json', 404],
    ['an unknown API route', '/api/no-such-thing', 404],
  ])('answers %s with a JSON client error, never a 500', async (_case, path, status) => {
    const res = await h.call('GET', path);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  });
});
