// Glossary term cards for touch screens. A tap on a term in the record's text opens a small card (the
// term, its English, its definition and a link to its glossary entry) instead of leaving for the
// glossary page. Mouse and keyboard keep the link as it is: the hint shows on hover and focus (CSS),
// Enter follows the link. The card's texts come from the page's hidden term descriptions; nothing
// is fetched, so it works from file://. Escape, the close button or a tap elsewhere closes it.
(function () {
  'use strict';
  var store = document.querySelector('.term-descriptions');
  if (!store || !document.querySelector('a.term')) return;
  var lastPointer = '';
  var card = null;
  var opener = null;

  function close(restoreFocus) {
    if (!card) return;
    card.remove();
    card = null;
    document.documentElement.classList.remove('term-card-open');
    if (restoreFocus && opener) opener.focus();
    opener = null;
  }

  function element(tag, className, text, lang) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    if (lang) el.lang = lang;
    return el;
  }

  function open(term) {
    close(false);
    var id = term.getAttribute('aria-describedby') || '';
    var definition = null;
    var candidates = store.querySelectorAll('[data-definition-of]');
    for (var i = 0; i < candidates.length; i++) {
      if (candidates[i].getAttribute('data-definition-of') === id) definition = candidates[i];
    }
    card = element('div', 'term-card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', term.textContent);
    card.tabIndex = -1;
    var title = element('p', 'term-card-title');
    title.append(element('span', 'term-card-zh', term.textContent, 'zh-Hans'), ' ',
                 element('span', 'term-card-en', term.getAttribute('data-en') || '', 'en'));
    card.append(title);
    if (definition && definition.textContent.trim()) {
      card.append(element('p', 'term-card-definition', definition.textContent.trim(), definition.lang));
    }
    var actions = element('p', 'term-card-actions');
    var link = element('a', '', store.getAttribute('data-glossary-label'));
    link.href = term.href;
    var button = element('button', 'term-card-close', store.getAttribute('data-close-label'));
    button.type = 'button';
    button.addEventListener('click', function () { close(true); });
    actions.append(link, button);
    card.append(actions);
    document.body.append(card);
    document.documentElement.classList.add('term-card-open');
    opener = term;
    card.focus({ preventScroll: true });
  }

  document.addEventListener('pointerdown', function (event) { lastPointer = event.pointerType; }, true);
  document.addEventListener('click', function (event) {
    var term = event.target.closest ? event.target.closest('main a.term') : null;
    if (term && lastPointer === 'touch') {
      event.preventDefault();
      open(term);
    } else if (card && !card.contains(event.target)) {
      close(false);
    }
    lastPointer = '';
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') close(true);
  });
})();
