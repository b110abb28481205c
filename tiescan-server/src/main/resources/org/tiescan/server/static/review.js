// Keyboard shortcuts of the review queue (served from this origin: the CSP allows no inline script).
// j/k: next/previous hit; c/x/e: confirm/clear/escalate the focused hit (asks for the reason first);
// u: undo the latest decision. Typing in a field is never intercepted, except Enter submits the choice.
(function () {
  var hits = Array.prototype.slice.call(document.querySelectorAll('article.hit.pending'));
  var chosen = null;
  function current() {
    var a = document.activeElement;
    return a ? a.closest('article.hit.pending') : null;
  }
  function move(step) {
    if (!hits.length) return;
    var i = hits.indexOf(current());
    var next = hits[Math.max(0, Math.min(hits.length - 1, i < 0 ? 0 : i + step))];
    next.focus();
  }
  function choose(hit, key) {
    var form = hit.querySelector('form.decide');
    if (!form) return;
    var button = form.querySelector('button[data-key="' + key + '"]');
    var reason = form.querySelector('input[name=reason]');
    if (reason.value.trim()) { button.click(); return; }
    chosen = button;
    reason.placeholder = 'Reason for "' + button.textContent.replace(/ \(.\)$/, '') + '", then Enter';
    reason.focus();
  }
  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    if (t && t.tagName === 'INPUT') {
      // Enter alone would submit the form's first button (confirm): only the chosen decision is sent
      if (ev.key === 'Enter' && t.name === 'reason') {
        ev.preventDefault();
        if (chosen && t.form === chosen.form) chosen.click();
        else t.placeholder = 'Choose: c confirm, x clear, e escalate';
      }
      if (ev.key === 'Escape') { t.blur(); }
      return;
    }
    if (ev.key === 'j') { move(1); ev.preventDefault(); }
    else if (ev.key === 'k') { move(-1); ev.preventDefault(); }
    else if (ev.key === 'c' || ev.key === 'x' || ev.key === 'e') {
      var hit = current() || hits[0];
      if (hit) { ev.preventDefault(); choose(hit, ev.key); }
    } else if (ev.key === 'u') {
      var undo = document.querySelector('form.undo');
      if (undo) { ev.preventDefault(); undo.submit(); }
    }
  });
  if (hits.length && !document.activeElement.closest('article')) hits[0].focus();
})();
