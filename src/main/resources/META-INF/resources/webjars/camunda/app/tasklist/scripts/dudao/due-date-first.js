// Dudao: Tasklist sorts a list by creation date unless its address names a sorting; Dudao's queues
// are worked by deadline, so an address without one gets "due date, earliest first". A sorting the
// user picks stays in the address and is left alone.
const DUE_DATE_FIRST = encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));

function preferDueDate() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/') || /[?&]sorting=/.test(hash)) {
    return;
  }
  const joiner = hash.includes('?') ? '&' : '?';
  window.location.replace(window.location.pathname + window.location.search + hash + joiner + 'sorting=' + DUE_DATE_FIRST);
}

window.addEventListener('hashchange', preferDueDate);
preferDueDate();

export default [];
