// Accessibility checks that need the page's computed styles. Defines window.heraAudit.
window.heraAudit = (() => {
  'use strict';

  const describe = el => {
    const text = (el.innerText || el.value || el.getAttribute('placeholder') || '').trim().replace(/\s+/g, ' ');
    return el.localName + (el.id ? '#' + el.id : '') + (text ? ' "' + text.slice(0, 40) + '"' : '');
  };

  /* ---------- focus ---------- */

  // What a keyboard user must be able to reach with Tab: every shown, enabled control, in page order.
  const focusables = () => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
    .filter(el => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }))
    .map(describe);

  const positiveTabindex = () => [...document.querySelectorAll('[tabindex]')].filter(el => el.tabIndex > 0).map(describe);

  /* ---------- contrast (WCAG 2.x) ---------- */

  const parse = value => {
    if (value === 'transparent') return [0, 0, 0, 0];
    const m = /rgba?\(([^)]*)\)/.exec(value);
    if (!m) return null;
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const gradientStops = image => (image.match(/rgba?\([^)]*\)|transparent/g) || []).map(parse);
  const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const faded = (colour, opacity) => colour.slice(0, 3).concat(colour[3] * opacity);
  const luminance = c => {
    const [r, g, b] = c.slice(0, 3).map(v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const css = c => 'rgb(' + c.slice(0, 3).map(Math.round).join(', ') + ')';

  // The element and its ancestors, each with the opacity it is drawn with (its own times its ancestors').
  const chain = el => {
    const nodes = [];
    for (let node = el; node; node = node.parentElement) nodes.push(node);
    let opacity = 1;
    return nodes.reverse().map(node => {
      const style = getComputedStyle(node);
      opacity *= Number(style.opacity);
      return { style, opacity };
    }).reverse();
  };

  // Every colour that can be behind the element's text: the background colours and gradient stops of
  // the element and its ancestors, laid over each other from the white canvas up (images are ignored).
  const backdrops = links => {
    let colours = [[255, 255, 255, 1]];
    for (const { style, opacity } of links.slice().reverse()) {
      const fill = faded(parse(style.backgroundColor), opacity);
      colours = colours.map(c => over(fill, c));
      const stops = gradientStops(style.backgroundImage).map(s => faded(s, opacity));
      if (stops.length) colours = colours.flatMap(c => stops.map(s => over(s, c)));
      colours = [...new Map(colours.map(c => [css(c), c])).values()];
    }
    return colours;
  };

  const isLarge = style => {
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    return size >= 24 || (bold && size >= 18.66);
  };

  const shown = el => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && r.right > 0 && r.bottom > 0; // not clipped away, not parked off-screen
  };

  // WCAG 1.4.3: text of disabled controls is exempt.
  const exempt = el => !!el.closest(':disabled, [aria-disabled="true"], [aria-hidden="true"]');

  const textProblem = (el, what, colour, links) => {
    const style = links[0].style;
    const fg = faded(colour, links[0].opacity);
    const needed = isLarge(style) ? 3 : 4.5;
    let worst = null;
    for (const bg of backdrops(links)) {
      const shownFg = over(fg, bg), value = ratio(shownFg, bg);
      if (!worst || value < worst.value) worst = { value, fg: shownFg, bg };
    }
    if (worst.value >= needed) return null;
    return describe(el) + what + ': contrast ' + worst.value.toFixed(2)
      + ':1 (' + css(worst.fg) + ' on ' + css(worst.bg) + '), needs ' + needed + ':1';
  };

  const contrastProblems = () => {
    const problems = [];
    const check = (el, what, colour) => {
      const problem = textProblem(el, what, parse(colour), chain(el));
      if (problem) problems.push(problem);
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (!shown(el) || exempt(el)) continue;
      const colour = getComputedStyle(el).color;
      if ([...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.data.trim())) check(el, '', colour);
      if (el.matches('input:not([type=file]), textarea')) {
        if (el.value.trim()) check(el, '', colour);
        else if ((el.getAttribute('placeholder') || '').trim()) check(el, ' placeholder', getComputedStyle(el, '::placeholder').color);
      }
    }
    return problems;
  };

  return { describe, focusables, positiveTabindex, contrastProblems };
})();
