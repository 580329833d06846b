// What every page of the registry does in the browser: send the CSRF token with htmx requests, keep what the user
// types in this tab until it is saved (so that a sign-in that ended does not lose it), keep the sign-in alive while
// the user types, read ISO dates typed without dashes, and put the focus on a form's error summary.
const token = document.querySelector('meta[name="csrf-token"]')?.content;

// The sign-in returns to the page with its one-time code in the address: take it out of the address bar and the
// history, so that a reload or a bookmark never replays it.
const SIGN_IN_PARAMETERS = ['code', 'state', 'session_state', 'iss'];
const here = new URL(location.href);
if (SIGN_IN_PARAMETERS.some((name) => here.searchParams.has(name))) {
  SIGN_IN_PARAMETERS.forEach((name) => here.searchParams.delete(name));
  history.replaceState(history.state, '', here.pathname + here.search + here.hash);
}

document.body.addEventListener('htmx:configRequest', (event) => {
  if (token) event.detail.headers['X-CSRF-Token'] = token;
});

// --- the sign-in --------------------------------------------------------------------------------------------
let typedSince = 0;

async function signedIn() {
  try {
    const answer = await fetch('/session', { redirect: 'manual', credentials: 'same-origin', cache: 'no-store' });
    if (!answer.ok || answer.type === 'opaqueredirect') return false;
    return (await answer.json()).signedIn === true;
  } catch {
    return true; // the network, not the sign-in: let the form go and the page say what happened
  }
}

setInterval(async () => {
  if (typedSince && Date.now() - typedSince < 5 * 60 * 1000) {
    typedSince = 0;
    await signedIn(); // a request now and then lets the server refresh the access token
  }
}, 4 * 60 * 1000);

// --- drafts: what was typed, kept in this tab until it is saved ---------------------------------------------
const SKIP = new Set(['csrf', 'version', 'idempotencyKey']);
const draftKey = (form) => 'draft:' + form.dataset.draft;

function fields(form) {
  return [...form.elements].filter((e) => e.name && !SKIP.has(e.name) && e.type !== 'hidden' && !e.name.startsWith('key'));
}

function read(form) {
  const values = {};
  fields(form).forEach((e) => { values[e.name] = e.type === 'checkbox' ? e.checked : e.value; });
  return values;
}

function write(form, values) {
  fields(form).forEach((e) => {
    if (!(e.name in values) || e.readOnly || e.disabled) return;
    if (e.type === 'checkbox') e.checked = values[e.name]; else e.value = values[e.name];
  });
}

document.querySelectorAll('form[data-draft]').forEach((form) => {
  const saved = sessionStorage.getItem(draftKey(form));
  if (saved && !form.querySelector('.is-invalid') && !document.querySelector('.conflict')) {
    const values = JSON.parse(saved);
    if (JSON.stringify(values) !== JSON.stringify(read(form))) {
      write(form, values);
      const note = document.createElement('div');
      note.className = 'alert alert-info draft-restored';
      note.setAttribute('role', 'status');
      note.textContent = 'What you typed before is back in the form; it is not saved yet. ';
      const discard = document.createElement('button');
      discard.type = 'button';
      discard.className = 'btn btn-sm btn-link';
      discard.textContent = 'Discard it';
      discard.addEventListener('click', () => { sessionStorage.removeItem(draftKey(form)); location.reload(); });
      note.append(discard);
      form.before(note);
    }
  }
  form.addEventListener('input', () => {
    typedSince = Date.now();
    sessionStorage.setItem(draftKey(form), JSON.stringify(read(form)));
  });
  form.addEventListener('submit', async (event) => {
    if (form.dataset.checked === 'yes') return;
    event.preventDefault();
    sessionStorage.setItem(draftKey(form), JSON.stringify(read(form)));
    if (!(await signedIn())) {
      // signed out: sign in again (Keycloak brings the browser back to this page) and find the draft restored
      location.reload();
      return;
    }
    sessionStorage.removeItem(draftKey(form));
    form.dataset.checked = 'yes';
    form.requestSubmit(event.submitter);
  });
});

// --- dates typed as 20240315 read as 2024-03-15 ---------------------------------------------------------------
document.addEventListener('change', (event) => {
  const input = event.target;
  if (input.matches?.('input[data-date]') && /^\d{8}$/.test(input.value.trim())) {
    const v = input.value.trim();
    input.value = `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}`;
  }
});

// --- a refused form: the summary of its problems gets the focus -----------------------------------------------
document.getElementById('error-summary')?.focus();
document.body.dataset.ready = 'true';
