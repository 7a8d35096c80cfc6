/** The methods documents served by the app: only docs/methods, by plain names. */
import { beforeAll, describe, expect, it } from 'vitest';
import { storeFactories, testApp, type TestApp } from './test-app';

describe('methods documents', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(storeFactories[0]!);
    return () => t.close();
  });

  it('lists the documents with their titles and gives one as Markdown', async () => {
    const list = (await (await t.app.request('/api/methods')).json()) as Array<{
      name: string;
      title: string;
    }>;
    expect(list).toContainEqual({ name: 'mapping', title: 'Mapping clusters from statistics' });
    const doc = (await (await t.app.request('/api/methods/mapping')).json()) as { markdown: string };
    expect(doc.markdown).toContain('## Region profile');
  });

  it('refuses names outside the folder (400) and unknown documents (404)', async () => {
    expect((await t.app.request('/api/methods/..%2F..%2FREADME')).status).toBe(400);
    expect((await t.app.request('/api/methods/Security')).status).toBe(400);
    expect((await t.app.request('/api/methods/no-such-method')).status).toBe(404);
  });
});
