import { describe, expect, it } from 'vitest';
import { landingAfterSignIn } from './landing';

describe('landingAfterSignIn', () => {
  it('sends a cluster manager to My work when no other page asked for the sign-in', () => {
    expect(landingAfterSignIn({ role: 'cluster_manager', grants: [] })).toBe('/my-work');
    expect(landingAfterSignIn({ role: 'cluster_manager', grants: ['a'] }, '/')).toBe('/my-work');
  });
  it('sends anyone with granted clusters to My work, others to the cluster list', () => {
    expect(landingAfterSignIn({ role: 'analyst', grants: ['a'] })).toBe('/my-work');
    expect(landingAfterSignIn({ role: 'admin', grants: [] })).toBe('/');
    expect(landingAfterSignIn({ role: 'viewer', grants: [] })).toBe('/');
  });
  it('returns to the page that asked for the sign-in, whoever signs in', () => {
    expect(landingAfterSignIn({ role: 'cluster_manager', grants: ['a'] }, '/clusters/a')).toBe('/clusters/a');
  });
});
