import { describe, expect, it } from 'vitest';
import { parseRoute } from './navigation';

describe('parseRoute', () => {
  it('an unknown path is not found, not the cluster list', () => {
    expect(parseRoute('/partners')).toEqual({ page: 'not-found' });
    expect(parseRoute('/clusters/a/b/c')).toEqual({ page: 'not-found' });
  });
  it('the root (and /index.html) is the cluster list; known pages keep their routes', () => {
    expect(parseRoute('/')).toEqual({ page: 'list' });
    expect(parseRoute('/index.html')).toEqual({ page: 'list' });
    expect(parseRoute('/clusters/es21-acicae')).toEqual({ page: 'cluster', id: 'es21-acicae' });
    expect(parseRoute('/partner-searches/')).toEqual({ page: 'partner-searches' });
    expect(parseRoute('/map/regions/eu-nuts2-nace/ES21')).toEqual({
      page: 'region',
      dataset: 'eu-nuts2-nace',
      code: 'ES21',
    });
  });
});
