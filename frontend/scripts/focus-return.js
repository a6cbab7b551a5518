// Keeps the keyboard's place when a part of the page is built anew under it (see MainLayout): a dialog
// saved and closed gives the focus back to the button that opened it, but the server may have put a
// new button in its place. When the focus falls to the page itself because the element that had it,
// or the one a dialog should return it to, is gone, it goes to the element that took its place (the
// same id) or, failing that, to the page's main part.
(function () {
  if (window.consiliumFocusReturn) {
    return;
  }
  window.consiliumFocusReturn = true;
  const inDialog = (node) => {
    for (let n = node; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
      if (n.getAttribute && n.getAttribute('role') === 'dialog') {
        return true;
      }
    }
    return false;
  };
  const deepActive = () => {
    let e = document.activeElement;
    while (e && e.shadowRoot && e.shadowRoot.activeElement) {
      e = e.shadowRoot.activeElement;
    }
    return e;
  };
  // The element outside any dialog that last had the focus, and its id.
  let last = null;
  let lastId = '';
  document.addEventListener('focusin', () => {
    const e = deepActive();
    if (e && e !== document.body && !inDialog(e)) {
      const owner = e.id ? e : e.closest('[id]');
      last = e;
      lastId = owner ? owner.id : '';
    }
  });
  const lost = () => {
    const e = document.activeElement;
    return !e || e === document.body || e === document.documentElement;
  };
  const restore = () => {
    if (!lost() || !last || last.isConnected) {
      return;
    }
    const replacement = lastId && document.getElementById(lastId);
    if (replacement && replacement.isConnected) {
      replacement.focus();
      return;
    }
    const main = document.getElementById('main-content');
    if (main) {
      main.setAttribute('tabindex', '-1');
      main.focus();
      main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
    }
  };
  document.addEventListener('focusout', (event) => {
    if (event.relatedTarget) {
      return;
    }
    // A closing dialog hands the focus back after its animation; look again until it has.
    [50, 250, 600].forEach((ms) => setTimeout(restore, ms));
  });
})();
