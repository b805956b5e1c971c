// Dudao: the form library inside Tasklist 7.24 (form-js) ships no translations, so in the Chinese
// Tasklist its validation messages ("Field is required.") and placeholders ("Select", "Search") are
// English. For a browser whose Tasklist language is Chinese — chosen as Tasklist chooses it: the first
// of the browser's languages that Tasklist offers, else English — they are put into Chinese as forms
// render. Texts not listed here stay as they are.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `至少填写 ${n} 个字。`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `最多填写 ${n} 个字。`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `不能小于 ${n}。`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `不能大于 ${n}。`],
  [/^Field must match pattern (.+)\.$/, () => '格式不正确。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱。'],
  [/^Field must be a valid +international phone number\.$/, () => '请填写有效的国际电话号码。'],
];

const PLACEHOLDERS = {
  Select: '请选择',
  Search: '搜索',
  'mm/dd/yyyy': '月/日/年',
};

const BUTTONS = {
  'Add new': '添加一项',
};

function tasklistIsChinese() {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  for (const language of languages) {
    const primary = (language || '').toLowerCase().split('-')[0];
    if (primary === 'zh') {
      return true;
    }
    if (primary === 'en') {
      return false;
    }
  }
  return false;
}

function translateText(node) {
  const text = node.nodeValue.trim();
  if (!text) {
    return;
  }
  for (const [pattern, chinese] of MESSAGES) {
    const match = pattern.exec(text);
    if (match) {
      node.nodeValue = chinese(...match.slice(1));
      return;
    }
  }
  if (BUTTONS[text]) {
    node.nodeValue = node.nodeValue.replace(text, BUTTONS[text]);
  }
}

function translatePlaceholder(element) {
  const chinese = PLACEHOLDERS[element.getAttribute('placeholder')];
  if (chinese) {
    element.setAttribute('placeholder', chinese);
  }
}

function insideForm(element) {
  return Boolean(element.closest && element.closest('.fjs-container'));
}

function translate(root) {
  if (!root.querySelectorAll) {
    return;
  }
  const forms = insideForm(root) ? [root] : root.querySelectorAll('.fjs-container');
  for (const form of forms) {
    if (form.hasAttribute('placeholder')) {
      translatePlaceholder(form);
    }
    form.querySelectorAll('[placeholder]').forEach(translatePlaceholder);
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translateText(node);
    }
  }
}

if (tasklistIsChinese()) {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        if (insideForm(mutation.target.parentElement)) {
          translateText(mutation.target);
        }
      } else if (mutation.type === 'attributes') {
        if (insideForm(mutation.target)) {
          translatePlaceholder(mutation.target);
        }
      } else {
        mutation.addedNodes.forEach((node) => {
          if (node.nodeType !== Node.TEXT_NODE) {
            translate(node);
          } else if (insideForm(node.parentElement)) {
            translateText(node);
          }
        });
      }
    }
  }).observe(document.body, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder'],
  });
}

export default [];
