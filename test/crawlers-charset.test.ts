import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../crawlers/charset.js';

const RUSSIAN = 'Минобороны России сообщило';

describe('charset decoding (fault matrix D5)', () => {
  it('D5 windows-1251 from the Content-Type header', () => {
    const body = iconv.encode(`<html><body>${RUSSIAN}</body></html>`, 'windows-1251');
    const d = decodeBody(body, 'text/html; charset=windows-1251');
    expect(d.text).toContain(RUSSIAN);
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'header' });
  });

  it('D5 windows-1251 from <meta charset> only', () => {
    const body = iconv.encode(`<html><head><meta charset="windows-1251"></head><body>${RUSSIAN}</body></html>`, 'windows-1251');
    const d = decodeBody(body, 'text/html');
    expect(d.text).toContain(RUSSIAN);
    expect(d.source).toBe('declaration');
  });

  it('D5 windows-1251 from an http-equiv meta', () => {
    const body = iconv.encode(
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>${RUSSIAN}</body></html>`,
      'windows-1251',
    );
    expect(decodeBody(body, undefined).text).toContain(RUSSIAN);
  });

  it('D5 windows-1251 from the XML declaration', () => {
    const body = iconv.encode(`<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>${RUSSIAN}</title></channel></rss>`, 'windows-1251');
    const d = decodeBody(body, 'application/rss+xml');
    expect(d.text).toContain(RUSSIAN);
    expect(d.charset).toBe('windows-1251');
  });

  it('D5 the header wins over the document declaration', () => {
    const body = iconv.encode(`<meta charset="iso-8859-1">${RUSSIAN}`, 'windows-1251');
    expect(decodeBody(body, 'text/html; charset="windows-1251"').text).toContain(RUSSIAN);
  });

  it('D5 UTF-16 with a BOM, whatever the header says', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`<p>${RUSSIAN}</p>`, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(`<p>${RUSSIAN}</p>`, 'utf-16be')]);
    expect(decodeBody(le, 'text/html; charset=iso-8859-1')).toMatchObject({ text: `<p>${RUSSIAN}</p>`, source: 'bom' });
    expect(decodeBody(be, undefined).text).toBe(`<p>${RUSSIAN}</p>`);
  });

  it('D5 invalid UTF-8 becomes U+FFFD and is counted; an unknown label falls back to UTF-8', () => {
    const invalid = Buffer.from([0x3c, 0x70, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x70, 0x3e]);
    expect(decodeBody(invalid, 'text/html; charset=utf-8').replacementChars).toBe(1);
    const unknown = decodeBody(Buffer.from('<p>héllo</p>'), 'text/html; charset=x-klingon');
    expect(unknown).toMatchObject({ text: '<p>héllo</p>', charset: 'utf-8', unknownLabel: 'x-klingon' });
  });
});
