/*
 * newsfeed ticker — presents .nf-ticker fragments in their display mode (data-nf-display: scroll,
 * list or slides), keeps them up to date, and fetches fragments into [data-newsfeed-src] elements.
 * Safe to load several times on one page: only the first copy acts, later copies just look for new
 * tickers. Without this script every fragment is a plain, readable list.
 *
 * Accessibility (WCAG 2.2 AA):
 * - scroll: a real <button> pauses and plays (its visible label, which is its accessible name,
 *   says what it will do); the news stops while the pointer is over it and while a news link has
 *   keyboard focus, and then the stopped scroll moves so that the focused link is wholly inside the
 *   strip, whose height does not change (2.4.11); the looping copy is aria-hidden and inert.
 * - slides: previous, next and play/pause buttons and an "n of N" counter; turning stops while the
 *   pointer is over the ticker or focus is in it; hidden slides are inert; the slide is announced
 *   (aria-live polite) only when it changes because the reader asked.
 * - live updates (data-nf-update seconds, data-nf-src): a conditional request (If-None-Match) at
 *   that interval, only while the page is visible and the ticker is not paused (2.2.2: pausing
 *   stops moving and updating alike); a list that updates itself gets a pause button of its own.
 * - prefers-reduced-motion: reduce: nothing moves; slides do not turn by themselves.
 */
(function () {
  'use strict';

  var KEY = '__dev_newsfeed_ticker__';
  if (window[KEY]) {
    window[KEY].scan();
    return;
  }

  var DEFAULT_SPEED = 50;
  /* Room kept between a focused link and the strip's edges: its outline (3px + 2px offset). */
  var FOCUS_MARGIN = 8;
  var reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  var tickers = [];

  function reduced() {
    return reducedMotion !== null && reducedMotion.matches;
  }

  function label(root, name, fallback) {
    return root.getAttribute('data-nf-label-' + name) || fallback;
  }

  function seconds(root, name) {
    var value = parseFloat(root.getAttribute(name));
    return value > 0 ? value : 0;
  }

  function start(root, previous) {
    if (root.hasAttribute('data-nf-state')) {
      return;
    }
    root.setAttribute('data-nf-state', 'static');
    var mode = root.getAttribute('data-nf-display');
    var ticker = {
      root: root,
      mode: mode === 'list' || mode === 'slides' ? mode : 'scroll',
      viewport: root.querySelector('.nf-ticker__viewport'),
      list: null,
      track: null,
      copy: null,
      controls: null,
      button: null,
      paused: previous ? previous.paused : false,
      hover: false,
      focus: false,
      etag: previous ? previous.etag : null,
      updateTimer: null,
      slideTimer: null,
      current: 0
    };
    ticker.list = ticker.viewport ? ticker.viewport.querySelector('.nf-ticker__list') : null;
    tickers.push(ticker);
    root.addEventListener('focusin', function (event) { onFocusIn(ticker, event); });
    root.addEventListener('focusout', function (event) { onFocusOut(ticker, event); });
    root.addEventListener('mouseenter', function () { ticker.hover = true; turnSlides(ticker); });
    root.addEventListener('mouseleave', function () { ticker.hover = false; turnSlides(ticker); });
    if (ticker.viewport) {
      // The browser scrolls a focused link into view by scrolling the clipped viewport; the loop
      // is moved by the animation only (see reveal), so any such scroll is undone.
      ticker.viewport.addEventListener('scroll', function () {
        if (ticker.track && ticker.viewport.scrollLeft !== 0) {
          ticker.viewport.scrollLeft = 0;
        }
      });
    }
    present(ticker);
    scheduleUpdate(ticker);
    return ticker;
  }

  /* The controls and motion for the mode, the list and the reduced-motion preference of now. */
  function present(ticker) {
    if (!ticker.list) {
      showToggle(ticker); // an empty ticker may still update itself
      return;
    }
    if (ticker.mode === 'slides') {
      slides(ticker);
    } else if (ticker.mode === 'scroll' && !reduced()) {
      animate(ticker);
    } else {
      showToggle(ticker);
    }
  }

  function updates(ticker) {
    return seconds(ticker.root, 'data-nf-update') > 0 && ticker.root.hasAttribute('data-nf-src');
  }

  /* Whether the ticker moves by itself in its present state (scrolling or turning slides). */
  function moves(ticker) {
    return ticker.track !== null || (ticker.mode === 'slides' && ticker.list !== null);
  }

  /* The pause button: always for what moves, else only when the ticker updates itself. */
  function showToggle(ticker) {
    if (!moves(ticker) && !updates(ticker)) {
      removeToggle(ticker);
      return;
    }
    if (!ticker.button) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'nf-ticker__toggle';
      button.addEventListener('click', function () { setPaused(ticker, !ticker.paused); });
      ticker.button = button;
    }
    var parent = ticker.controls || ticker.root;
    if (ticker.button.parentNode !== parent) {
      parent.insertBefore(ticker.button, ticker.controls ? null : ticker.viewport);
    }
    setPaused(ticker, ticker.paused);
  }

  function removeToggle(ticker) {
    if (ticker.button) {
      ticker.button.remove();
      ticker.button = null;
    }
  }

  function setPaused(ticker, paused) {
    ticker.paused = paused;
    ticker.root.classList.toggle('nf-ticker--paused', paused);
    ticker.root.setAttribute('data-nf-state', paused ? 'paused' : (moves(ticker) ? 'running' : 'static'));
    if (ticker.button) {
      var words = moves(ticker)
          ? (paused ? label(ticker.root, 'play', 'Play') : label(ticker.root, 'pause', 'Pause'))
          : (paused ? label(ticker.root, 'resume-updates', 'Resume updates') : label(ticker.root, 'pause-updates', 'Pause updates'));
      ticker.button.textContent = words;
    }
    turnSlides(ticker);
    if (!paused && ticker.updateDue) {
      update(ticker);
    }
  }

  /* ---- Scroll ---- */

  function speed(ticker) {
    // The host's --nf-ticker-speed wins over the servlet's speed option.
    var host = parseFloat(getComputedStyle(ticker.root).getPropertyValue('--nf-ticker-speed'));
    if (host > 0) {
      return host;
    }
    var configured = parseFloat(ticker.root.getAttribute('data-nf-speed'));
    return configured > 0 ? configured : DEFAULT_SPEED;
  }

  function animate(ticker) {
    if (ticker.track || !ticker.list) {
      return;
    }
    var track = document.createElement('div');
    track.className = 'nf-ticker__track';
    ticker.list.parentNode.insertBefore(track, ticker.list);
    track.appendChild(ticker.list);
    // The copy makes the loop seamless; it repeats what was said, so it is hidden from assistive
    // technology and cannot take focus.
    var copy = ticker.list.cloneNode(true);
    copy.classList.add('nf-ticker__copy');
    copy.setAttribute('aria-hidden', 'true');
    copy.setAttribute('inert', '');
    track.appendChild(copy);
    ticker.track = track;
    ticker.copy = copy;
    ticker.root.classList.add('nf-ticker--animated');
    showToggle(ticker);
    measure(ticker);
  }

  function stop(ticker) {
    if (!ticker.track) {
      return;
    }
    ticker.track.parentNode.insertBefore(ticker.list, ticker.track);
    ticker.track.remove();
    ticker.track = ticker.copy = null;
    ticker.list.style.removeProperty('min-width');
    ticker.root.classList.remove('nf-ticker--animated', 'nf-ticker--focus');
    showToggle(ticker);
  }

  function measure(ticker) {
    if (!ticker.track) {
      return;
    }
    // Each copy is at least as wide as the viewport, so the loop never shows a gap.
    var width = ticker.viewport.clientWidth;
    ticker.list.style.minWidth = width + 'px';
    ticker.copy.style.minWidth = width + 'px';
    var distance = Math.max(ticker.list.scrollWidth, width);
    var duration = Math.max(8, distance / speed(ticker));
    // Set through the CSSOM, which Content-Security-Policy allows (unlike style attributes).
    ticker.track.style.setProperty('--nf-ticker-duration', duration.toFixed(2) + 's');
  }

  function keyboardFocus(element) {
    try {
      return element.matches(':focus-visible');
    } catch (e) {
      return true; // no :focus-visible support: treat every focus as keyboard focus
    }
  }

  function onFocusIn(ticker, event) {
    ticker.focus = true;
    turnSlides(ticker);
    if (!ticker.track || event.target === ticker.button || !keyboardFocus(event.target)
        || !ticker.list.contains(event.target)) {
      return;
    }
    ticker.root.classList.add('nf-ticker--focus');
    reveal(ticker, event.target);
    // Again once the browser has done its own scrolling into view, which the reset undoes.
    requestAnimationFrame(function () { reveal(ticker, event.target); });
  }

  function onFocusOut(ticker, event) {
    var next = event.relatedTarget;
    if (!next || !ticker.root.contains(next)) {
      ticker.focus = false;
      turnSlides(ticker);
    }
    if (!next || !ticker.list || !ticker.list.contains(next)) {
      // The animation goes on from where reveal left it: nothing jumps.
      ticker.root.classList.remove('nf-ticker--focus');
    }
  }

  function scrollAnimation(ticker) {
    if (!ticker.track || !ticker.track.getAnimations) {
      return null;
    }
    var animations = ticker.track.getAnimations();
    for (var i = 0; i < animations.length; i++) {
      var name = animations[i].animationName;
      if (name === 'nf-ticker-scroll' || name === 'nf-ticker-scroll-rtl') {
        return animations[i];
      }
    }
    return null;
  }

  function rtl(ticker) {
    return getComputedStyle(ticker.root).direction === 'rtl';
  }

  /* Moves the scroll to a fraction of its loop, kept within one loop so that the list (never the
     inert copy) holds what is shown. */
  function seek(animation, progress) {
    var duration = animation.effect.getComputedTiming().duration;
    if (duration > 0) {
      animation.currentTime = Math.min(Math.max(progress, 0), 0.9999) * duration;
    }
  }

  /*
   * Moves the paused scroll so that element lies wholly inside the viewport (or starts at its
   * start edge, if it is wider), by setting the animation's current time: the list keeps its one
   * line, and the strip its height.
   */
  function reveal(ticker, element) {
    if (!ticker.track || document.activeElement !== element) {
      return;
    }
    ticker.viewport.scrollLeft = 0;
    var animation = scrollAnimation(ticker);
    var half = ticker.list.getBoundingClientRect().width;
    if (!animation || !(half > 0)) {
      return;
    }
    var box = element.getBoundingClientRect();
    var view = ticker.viewport.getBoundingClientRect();
    var backwards = rtl(ticker);
    var shift = 0; // how far the content must move right, in pixels
    if (box.width > view.width - 2 * FOCUS_MARGIN) {
      shift = backwards ? (view.right - FOCUS_MARGIN) - box.right : (view.left + FOCUS_MARGIN) - box.left;
    } else if (box.left < view.left + FOCUS_MARGIN) {
      shift = (view.left + FOCUS_MARGIN) - box.left;
    } else if (box.right > view.right - FOCUS_MARGIN) {
      shift = (view.right - FOCUS_MARGIN) - box.right;
    }
    if (shift !== 0) {
      // The scroll goes left (right to left: right) by half the track, the list's width, per loop.
      seek(animation, (animation.effect.getComputedTiming().progress || 0) + (backwards ? shift : -shift) / half);
    }
  }

  /* ---- Slides ---- */

  function slideItems(ticker) {
    return ticker.list ? Array.prototype.slice.call(ticker.list.children) : [];
  }

  function slides(ticker) {
    ticker.root.classList.add('nf-ticker--slides');
    var controls = document.createElement('div');
    controls.className = 'nf-ticker__controls';
    controls.appendChild(arrow(ticker, 'previous', 'Previous', '\u2039', -1));
    var counter = document.createElement('span');
    counter.className = 'nf-ticker__counter';
    controls.appendChild(counter);
    controls.appendChild(arrow(ticker, 'next', 'Next', '\u203a', 1));
    ticker.root.insertBefore(controls, ticker.viewport);
    ticker.controls = controls;
    ticker.counter = counter;
    // Under reduced motion the slides do not turn by themselves; the reader may still press play.
    if (reduced() && !ticker.wasPresented) {
      ticker.paused = true;
    }
    ticker.wasPresented = true;
    showToggle(ticker);
    show(ticker, Math.min(ticker.current, slideItems(ticker).length - 1), false);
  }

  function arrow(ticker, name, fallback, glyph, step) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'nf-ticker__' + name;
    // The glyph is decoration; the name is the bundle's word (WCAG 4.1.2, 2.5.3).
    button.setAttribute('aria-label', label(ticker.root, name, fallback));
    button.title = label(ticker.root, name, fallback);
    var icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = glyph;
    button.appendChild(icon);
    button.addEventListener('click', function () {
      var count = slideItems(ticker).length;
      show(ticker, (ticker.current + step + count) % count, true);
    });
    return button;
  }

  /* n in the digits of the fragment's dates (data-nf-zero: the locale's zero digit). */
  function number(ticker, n) {
    var zero = (ticker.root.getAttribute('data-nf-zero') || '0').charCodeAt(0);
    return String(n).replace(/[0-9]/g, function (digit) {
      return String.fromCharCode(zero + digit.charCodeAt(0) - 48);
    });
  }

  /* Shows slide index; the others are hidden and inert. asked: the reader pressed a button. */
  function show(ticker, index, asked) {
    var items = slideItems(ticker);
    if (items.length === 0) {
      return;
    }
    ticker.current = Math.max(0, index);
    items.forEach(function (item, i) {
      var current = i === ticker.current;
      item.classList.toggle('nf-ticker__item--current', current);
      item.classList.remove('nf-ticker__item--entering');
      if (current) {
        item.removeAttribute('inert');
      } else {
        item.setAttribute('inert', '');
      }
    });
    if (!reduced()) {
      // Restarts the entrance: the class again, on the next frame.
      requestAnimationFrame(function () { items[ticker.current].classList.add('nf-ticker__item--entering'); });
    }
    ticker.counter.textContent = label(ticker.root, 'slide', '{0} of {1}')
        .replace('{0}', number(ticker, ticker.current + 1)).replace('{1}', number(ticker, items.length));
    // Announced when the reader turns the slide, not while it turns by itself (WAI carousel).
    ticker.viewport.setAttribute('aria-live', asked || !turning(ticker) ? 'polite' : 'off');
    turnSlides(ticker);
  }

  function turning(ticker) {
    return ticker.mode === 'slides' && ticker.controls !== null && !ticker.paused && !ticker.hover
        && !ticker.focus && !document.hidden && slideItems(ticker).length > 1;
  }

  /* Starts or stops the slides' timer as the state says. */
  function turnSlides(ticker) {
    if (ticker.mode !== 'slides' || !ticker.controls) {
      return;
    }
    clearTimeout(ticker.slideTimer);
    ticker.slideTimer = null;
    if (turning(ticker)) {
      var every = (seconds(ticker.root, 'data-nf-interval') || 5) * 1000;
      ticker.slideTimer = setTimeout(function () {
        show(ticker, (ticker.current + 1) % slideItems(ticker).length, false);
      }, every);
    }
  }

  /* ---- Live updates ---- */

  function scheduleUpdate(ticker) {
    clearTimeout(ticker.updateTimer);
    if (!updates(ticker)) {
      return;
    }
    ticker.updateTimer = setTimeout(function () {
      ticker.updateDue = true;
      update(ticker);
    }, seconds(ticker.root, 'data-nf-update') * 1000);
  }

  /* Asks for the fragment again if due, visible and not paused; else waits for that. */
  function update(ticker) {
    if (!ticker.updateDue || ticker.paused || document.hidden || ticker.fetching || !updates(ticker)) {
      return;
    }
    ticker.updateDue = false;
    ticker.fetching = true;
    var headers = { Accept: 'text/html' };
    if (ticker.etag) {
      headers['If-None-Match'] = ticker.etag;
    }
    var url = ticker.root.getAttribute('data-nf-src');
    // no-store: the conditional request is this script's, not the HTTP cache's.
    fetch(url, { mode: 'cors', credentials: 'omit', cache: 'no-store', headers: headers })
      .then(function (response) {
        if (response.status === 304 || !response.ok) {
          return null;
        }
        ticker.etag = response.headers.get('ETag') || ticker.etag;
        return response.text().then(function (html) { apply(ticker, html, response.url || url); });
      })
      .catch(function () { /* the next interval tries again; the news shown stays */ })
      .then(function () {
        ticker.fetching = false;
        if (ticker.root.isConnected) {
          scheduleUpdate(ticker);
        }
      });
  }

  /* Swaps in new news, if it is new, keeping the mode, the pause and what is in view. */
  function apply(ticker, html, base) {
    var fresh = parse(html, base);
    if (!fresh || fresh.getAttribute('data-nf-version') === ticker.root.getAttribute('data-nf-version')) {
      return;
    }
    var list = fresh.querySelector('.nf-ticker__list');
    if (!list || !ticker.list) {
      // From or to no news: a new ticker in place of this one, paused if this one was.
      var node = document.importNode(fresh, true);
      ticker.root.replaceWith(node);
      clearTimeout(ticker.updateTimer);
      clearTimeout(ticker.slideTimer);
      tickers.splice(tickers.indexOf(ticker), 1);
      start(node, ticker);
      return;
    }
    ticker.root.setAttribute('data-nf-version', fresh.getAttribute('data-nf-version'));
    var items = Array.prototype.map.call(list.children, function (item) { return document.importNode(item, true); });
    if (ticker.mode === 'slides' && ticker.controls) {
      var shown = slideItems(ticker)[ticker.current];
      var id = shown ? shown.getAttribute('data-nf-item') : null;
      ticker.list.replaceChildren.apply(ticker.list, items);
      var index = items.findIndex(function (item) { return item.getAttribute('data-nf-item') === id; });
      show(ticker, index < 0 ? 0 : index, false);
    } else if (ticker.track) {
      replaceScrolled(ticker, items);
    } else {
      ticker.list.replaceChildren.apply(ticker.list, items);
    }
  }

  /* New items in the scroll, the item in view kept where it stands on screen: no jump. */
  function replaceScrolled(ticker, items) {
    // The first item in view, in the list or (near the loop's end) in its copy.
    var view = ticker.viewport.getBoundingClientRect();
    var anchor = null;
    Array.prototype.concat.call(Array.prototype.slice.call(ticker.list.children),
        Array.prototype.slice.call(ticker.copy.children)).forEach(function (item, i) {
      var box = item.getBoundingClientRect();
      if (anchor === null && box.right > view.left && box.left < view.right) {
        anchor = { id: item.getAttribute('data-nf-item'), left: box.left, inCopy: i >= ticker.list.children.length };
      }
    });
    ticker.list.replaceChildren.apply(ticker.list, items);
    ticker.copy.replaceChildren.apply(ticker.copy, items.map(function (item) { return item.cloneNode(true); }));
    measure(ticker);
    var animation = scrollAnimation(ticker);
    if (!animation || anchor === null) {
      return;
    }
    var same = (anchor.inCopy ? ticker.copy : ticker.list).querySelector('[data-nf-item="' + CSS.escape(anchor.id) + '"]');
    if (!same) {
      return;
    }
    // Read once the new width and duration apply, then put the anchor back under the reader's eyes.
    var half = ticker.list.getBoundingClientRect().width;
    var shift = anchor.left - same.getBoundingClientRect().left;
    var progress = (animation.effect.getComputedTiming().progress || 0) + (rtl(ticker) ? shift : -shift) / half;
    seek(animation, ((progress % 1) + 1) % 1);
  }

  document.addEventListener('visibilitychange', function () {
    tickers.forEach(function (ticker) {
      turnSlides(ticker);
      if (!document.hidden) {
        update(ticker);
      }
    });
  });

  /* ---- Client-side embedding: fetch the fragment, parse it inertly, insert it. ---- */

  function embed(host) {
    if (host.hasAttribute('data-nf-state')) {
      return;
    }
    host.setAttribute('data-nf-state', 'loading');
    var url;
    try {
      url = new URL(host.getAttribute('data-newsfeed-src'), document.baseURI);
    } catch (e) {
      host.setAttribute('data-nf-state', 'error');
      return;
    }
    var display = host.getAttribute('data-newsfeed-display');
    if (display && !url.searchParams.has('display')) {
      url.searchParams.set('display', display);
    }
    fetch(url.href, { mode: 'cors', credentials: 'omit', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('newsfeed: ' + url.href + ' answered ' + response.status);
        }
        var etag = response.headers.get('ETag');
        return response.text().then(function (html) { insert(host, html, response.url || url.href, etag); });
      })
      .catch(function () {
        // Keep whatever the host put inside the element (a link to the news, say).
        host.setAttribute('data-nf-state', 'error');
      });
  }

  /* The fragment's root, parsed inertly and made safe, its URLs absolute; null if there is none. */
  function parse(html, base) {
    // DOMParser builds an inert document: nothing in it runs or loads.
    var parsed = new DOMParser().parseFromString(html, 'text/html');
    var root = parsed.querySelector('.nf-ticker');
    if (!root) {
      return null;
    }
    sanitize(root, base);
    return root;
  }

  function insert(host, html, base, etag) {
    var root = parse(html, base);
    if (!root) {
      throw new Error('newsfeed: no ticker in the response');
    }
    var update = host.getAttribute('data-newsfeed-update');
    if (update !== null && /^\d+$/.test(update)) {
      root.setAttribute('data-nf-update', update);
    }
    var node = document.importNode(root, true);
    host.replaceChildren(node);
    host.setAttribute('data-nf-state', 'loaded');
    start(node, { paused: false, etag: etag });
  }

  function sanitize(root, base) {
    // This script is already running: the fragment's own <script> is not needed, and nothing
    // fetched is ever executed.
    var banned = root.querySelectorAll('script, iframe, object, embed, frame, base, meta');
    Array.prototype.forEach.call(banned, function (element) { element.remove(); });
    Array.prototype.forEach.call(root.querySelectorAll('*'), function (element) {
      Array.prototype.slice.call(element.attributes).forEach(function (attribute) {
        if (/^on/i.test(attribute.name) || attribute.name === 'style') {
          element.removeAttribute(attribute.name);
        }
      });
    });
    Array.prototype.forEach.call(root.querySelectorAll('a[href]'), function (link) {
      var href = new URL(link.getAttribute('href'), base);
      if (href.protocol !== 'http:' && href.protocol !== 'https:') {
        link.removeAttribute('href');
      } else {
        link.setAttribute('href', href.href);
      }
    });
    // Where to ask for new news: relative to the fragment's server, not to this page.
    if (root.hasAttribute('data-nf-src')) {
      var src = new URL(root.getAttribute('data-nf-src'), base);
      if (src.protocol === 'http:' || src.protocol === 'https:') {
        root.setAttribute('data-nf-src', src.href);
      } else {
        root.removeAttribute('data-nf-src');
      }
    }
    // Stylesheet URLs are relative to the fragment's server, not to this page; one copy is enough.
    Array.prototype.forEach.call(root.querySelectorAll('link'), function (link) {
      var href = new URL(link.getAttribute('href') || '', base);
      var loaded = Array.prototype.some.call(document.querySelectorAll('link[rel~="stylesheet"]'), function (existing) {
        return existing.href === href.href;
      });
      if (loaded || !/(^|\s)stylesheet(\s|$)/i.test(link.getAttribute('rel') || '')
          || (href.protocol !== 'http:' && href.protocol !== 'https:')) {
        link.remove();
      } else {
        link.setAttribute('href', href.href);
      }
    });
  }

  function scan() {
    Array.prototype.forEach.call(document.querySelectorAll('.nf-ticker'), function (root) { start(root); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-newsfeed-src]'), embed);
  }

  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { tickers.forEach(measure); }, 150);
  });

  if (reducedMotion !== null) {
    var onChange = function () {
      tickers.forEach(function (ticker) {
        if (ticker.mode !== 'scroll' || !ticker.list) {
          return;
        }
        if (reduced()) {
          stop(ticker);
        } else {
          animate(ticker);
        }
      });
    };
    if (reducedMotion.addEventListener) {
      reducedMotion.addEventListener('change', onChange);
    } else if (reducedMotion.addListener) {
      reducedMotion.addListener(onChange);
    }
  }

  window[KEY] = { scan: scan };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan);
  } else {
    scan();
  }
})();
