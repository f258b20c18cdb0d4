// The hosted build opened from a disk (file://): browsers refuse to run its module scripts
// there, so the game would show a page whose buttons do nothing. This classic script still
// runs, and says how to open the game instead. Written by hand: it must run where nothing
// else does, so it uses no module syntax and nothing newer than the page's oldest readers.
(() => {
  if (location.protocol !== 'file:') return;
  var message = document.getElementById('opened-from-disk');
  var app = document.querySelector('.app');
  if (!message) return;
  message.hidden = false;
  if (app) app.hidden = true;
})();
