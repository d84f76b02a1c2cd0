// The menu button of narrow screens: shows and hides the main menu.
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.querySelector('.tl-menu-toggle');
  if (!toggle) {
    return;
  }
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.closest('.tl-nav').classList.toggle('tl-nav-open', open);
  });
});
