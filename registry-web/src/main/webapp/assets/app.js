import { api, Problem } from './api.js';

const ROLE_NAMES = {
  coordinator: 'Research coordinator',
  investigator: 'Investigator',
  auditor: 'Auditor',
  admin: 'Registry admin',
};

function text(id, value) {
  document.getElementById(id).textContent = value;
}

function scopeSentence(me) {
  if (me.roles.includes('coordinator')) {
    return me.sites.length
      ? `You enter and review the patients of ${me.sites.join(', ')}.`
      : 'Your account has no site yet: ask your registry admin to assign one.';
  }
  if (me.roles.includes('investigator')) return 'You analyse the registry across all sites, without identifying fields.';
  if (me.roles.includes('auditor')) return 'You review who accessed or changed what, and verify the audit trail.';
  if (me.roles.includes('admin')) return 'You manage sites and reference data.';
  return 'Your account has no registry role: ask your registry admin.';
}

function showProblem(error) {
  const box = document.getElementById('problem');
  box.hidden = false;
  box.textContent = error instanceof Problem
    ? `${error.message}${error.requestId ? ` (request ${error.requestId})` : ''}`
    : 'The registry cannot be reached. Try again in a moment.';
}

async function start() {
  try {
    const { body: me } = await api.get('me');
    const roles = me.roles.map((role) => ROLE_NAMES[role] || role);
    text('user-name', me.name);
    text('user-roles', roles.join(', '));
    text('user-sites', me.sites.join(', '));
    text('welcome-name', `, ${me.name}`);
    text('welcome-scope', scopeSentence(me));
    text('profile-username', me.username);
    text('profile-roles', roles.join(', ') || 'none');
    text('profile-sites', me.sites.join(', ') || 'all sites (no site scope)');
    document.body.dataset.ready = 'true';
  } catch (error) {
    showProblem(error);
  }
}

start();
