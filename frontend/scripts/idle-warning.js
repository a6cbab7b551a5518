// Warns an idle user before the session times out (see MainLayout). Any key press or click in the
// page restarts the timer; "Stay signed in" sends one request, which counts as activity.
window.consiliumIdleWarning = function (layout, warnAfterSeconds, text, stay) {
  const warnAfter = warnAfterSeconds * 1000;
  if (window.consiliumIdle) {
    clearTimeout(window.consiliumIdle.timer);
    window.consiliumIdle.box?.remove();
  }
  const idle = window.consiliumIdle = {};
  const hide = () => {
    idle.box?.remove();
    idle.box = null;
  };
  const show = () => {
    if (idle.box) {
      return;
    }
    const box = idle.box = document.createElement('div');
    box.className = 'idle-warning';
    box.setAttribute('role', 'alertdialog');
    const p = document.createElement('p');
    p.textContent = text;
    const b = document.createElement('button');
    b.textContent = stay;
    b.onclick = () => {
      layout.dispatchEvent(new CustomEvent('consilium-stay-signed-in'));
      hide();
      restart();
    };
    box.append(p, b);
    document.body.append(box);
    b.focus();
  };
  const restart = () => {
    clearTimeout(idle.timer);
    idle.timer = setTimeout(show, warnAfter);
  };
  if (!window.consiliumIdleListening) {
    window.consiliumIdleListening = true;
    for (const type of ['keydown', 'pointerdown']) {
      document.addEventListener(type, () => {
        if (!window.consiliumIdle.box) {
          window.consiliumIdle.restart();
        }
      }, true);
    }
  }
  idle.restart = restart;
  restart();
};
