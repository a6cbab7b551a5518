// A Vaadin select's value button calls itself a "button", yet it opens a list, says which item is
// chosen and carries aria-required when the field must be filled, which a button may not. It is what
// ARIA calls a select-only combobox, so it is given that role as soon as it appears (see MainLayout).
(function () {
  if (window.consiliumSelectRole) {
    return;
  }
  window.consiliumSelectRole = true;
  const fix = (root) => {
    if (root.localName === 'vaadin-select-value-button') {
      root.setAttribute('role', 'combobox');
    }
    root.querySelectorAll?.('vaadin-select-value-button').forEach((b) => b.setAttribute('role', 'combobox'));
  };
  fix(document.body);
  new MutationObserver((changes) => {
    for (const change of changes) {
      change.addedNodes.forEach((node) => node.nodeType === Node.ELEMENT_NODE && fix(node));
    }
  }).observe(document.body, { childList: true, subtree: true });
})();
