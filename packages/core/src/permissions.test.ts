import { describe, expect, it } from 'vitest';
import { permissions, type Principal } from './permissions';

// The expected answers below are written out by hand from the role table in
// docs/security.md (and the brief of the foundation issue), not derived from the code.
const admin: Principal = { id: 'u1', role: 'admin', grants: [] };
const analyst: Principal = { id: 'u2', role: 'analyst', grants: [] };
const manager: Principal = { id: 'u3', role: 'cluster_manager', grants: ['mine', 'also-mine'] };
const viewer: Principal = { id: 'u4', role: 'viewer', grants: ['mine'] };
const anonymous = null;

type RoleCheck = (p: Principal | null) => boolean;

// Each row: the checks that answer alike, then their answers for admin, analyst,
// cluster manager, viewer and anonymous, in that order.
const byRole: Array<[name: string, checks: RoleCheck[], answers: boolean[]]> = [
  [
    'writeData: every signed-in role but the viewer writes some data; anonymous callers none',
    [permissions.writeData],
    [true, true, true, false, false],
  ],
  [
    'readPrivate: every signed-in role reads private data; anonymous callers do not',
    [permissions.readPrivate],
    [true, true, true, true, false],
  ],
  [
    'createCluster, importClusters, importStatistics: admins and analysts only',
    [permissions.createCluster, permissions.importClusters, permissions.importStatistics],
    [true, true, false, false, false],
  ],
  [
    'deleteCluster and deleteOrganisation: admins only',
    [permissions.deleteCluster, permissions.deleteOrganisation],
    [true, false, false, false, false],
  ],
  [
    'readRespondents: every signed-in user, not anonymous',
    [permissions.readRespondents],
    [true, true, true, true, false],
  ],
  [
    'manageUsers and readAudit: admins only',
    [permissions.manageUsers, permissions.readAudit],
    [true, false, false, false, false],
  ],
];

describe('permissions', () => {
  it.each(byRole)('%s', (_name, checks, answers) => {
    for (const check of checks) {
      expect([admin, analyst, manager, viewer, anonymous].map((p) => check(p))).toEqual(answers);
    }
  });

  it('updateCluster: a cluster manager only for the clusters granted to them', () => {
    expect(permissions.updateCluster(manager, 'mine')).toBe(true);
    expect(permissions.updateCluster(manager, 'also-mine')).toBe(true);
    expect(permissions.updateCluster(manager, 'other')).toBe(false);
    expect(permissions.updateCluster(admin, 'other')).toBe(true);
    expect(permissions.updateCluster(analyst, 'other')).toBe(true);
    // a viewer's grants give nothing: grants only matter for cluster managers
    expect(permissions.updateCluster(viewer, 'mine')).toBe(false);
    expect(permissions.updateCluster(anonymous, 'mine')).toBe(false);
  });

  it('actForOrganisation: staff, the managers of its cluster, its administrators (not viewers, not anonymous)', () => {
    expect([admin, analyst].map((p) => permissions.actForOrganisation(p, null, false))).toEqual([true, true]);
    expect(permissions.actForOrganisation(manager, 'mine', false)).toBe(true);
    expect(permissions.actForOrganisation(manager, 'other', false)).toBe(false);
    expect(permissions.actForOrganisation(manager, null, false)).toBe(false);
    expect(permissions.actForOrganisation(manager, null, true)).toBe(true);
    expect(permissions.actForOrganisation(viewer, 'mine', true)).toBe(false);
    expect(permissions.actForOrganisation(anonymous, 'mine', true)).toBe(false);
  });

  it('writeOrganisation: a cluster manager only for organisations of a granted cluster, never unattached ones', () => {
    expect(permissions.writeOrganisation(manager, 'mine')).toBe(true);
    expect(permissions.writeOrganisation(manager, 'other')).toBe(false);
    expect(permissions.writeOrganisation(manager, null)).toBe(false);
    expect(permissions.writeOrganisation(manager, undefined)).toBe(false);
    expect(permissions.writeOrganisation(manager, '')).toBe(false);
    expect(permissions.writeOrganisation(analyst, null)).toBe(true);
    expect(permissions.writeOrganisation(viewer, 'mine')).toBe(false);
    expect(permissions.writeOrganisation(anonymous, 'mine')).toBe(false);
  });

  it('writeAssessment and deleteAssessment: admins, analysts and the managers of that cluster; never a viewer or anonymous', () => {
    for (const check of [permissions.writeAssessment, permissions.deleteAssessment]) {
      expect([admin, analyst, viewer, anonymous].map((p) => check(p, 'mine'))).toEqual([
        true,
        true,
        false,
        false,
      ]);
      expect([check(manager, 'mine'), check(manager, 'other')]).toEqual([true, false]);
    }
  });

  it('deleteStatistics: admins, or the analyst who uploaded the dataset', () => {
    expect(
      [admin, analyst, manager, viewer, anonymous].map((p) => permissions.deleteStatistics(p, 'u2')),
    ).toEqual([true, true, false, false, false]);
    expect(permissions.deleteStatistics(analyst, 'u9')).toBe(false);
    expect(permissions.deleteStatistics(manager, 'u3')).toBe(false);
    expect(permissions.deleteStatistics(admin, null)).toBe(true);
  });

  it('createEvent: admins, analysts and coordinators; editEvent: admins or the event’s own organiser', () => {
    const coordinator: Principal = { id: 'u5', role: 'coordinator', grants: [] };
    const other: Principal = { id: 'u6', role: 'coordinator', grants: [] };
    expect(
      [admin, analyst, coordinator, manager, viewer, anonymous].map((p) => permissions.createEvent(p)),
    ).toEqual([true, true, true, false, false, false]);
    expect(
      [admin, analyst, coordinator, other, manager, viewer, anonymous].map((p) =>
        permissions.editEvent(p, 'u5'),
      ),
    ).toEqual([true, false, true, false, false, false, false]);
    expect(permissions.editEvent(analyst, 'u2')).toBe(true);
    expect(permissions.editEvent({ ...coordinator, role: 'viewer' }, 'u5')).toBe(false);
  });
});
