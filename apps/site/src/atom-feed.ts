import type { Nodes, Element as XmlElement, Root as XmlRoot } from 'xast'
import { toXml } from 'xast-util-to-xml'
import { x } from 'xastscript'

/** One entry: a version's changes, as HTML, with the page that shows them and its commit. */
export interface AtomEntry {
  id: string
  title: string
  /** `YYYY-MM-DD`: a version is dated by the day, so it is written as that day's midnight, UTC. */
  date: string
  page: string
  related: string | null
  html: string
}

export interface AtomFeed {
  id: string
  lang: string
  title: string
  subtitle: string
  author: { name: string; uri: string }
  rights: string
  self: string
  page: string
  /** The day the history starts: `updated` when there are no entries, never the build's day. */
  since: string
  /** Newest first. */
  entries: readonly AtomEntry[]
}

// XML 1.0 allows no C0 control but tab, newline and carriage return, nor U+FFFE, U+FFFF or a lone
// surrogate: a document holding one would make the whole feed unreadable, so it is shown as
// `\u{…}` instead, as the terminal shows it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu
const xmlSafe = (text: string) =>
  text.replace(notXml, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`)

function safeTree(node: Nodes): void {
  if (node.type === 'text') node.value = xmlSafe(node.value)
  if (node.type === 'element')
    for (const [key, value] of Object.entries(node.attributes))
      if (typeof value === 'string') node.attributes[key] = xmlSafe(value)
  if ('children' in node) for (const child of node.children) safeTree(child)
}

const midnight = (date: string) => `${date}T00:00:00Z`

function entryElement(entry: AtomEntry): XmlElement {
  return x('entry', [
    x('id', entry.id),
    x('title', entry.title),
    x('updated', midnight(entry.date)),
    x('link', { rel: 'alternate', type: 'text/html', href: entry.page }),
    entry.related ? x('link', { rel: 'related', type: 'text/html', href: entry.related }) : null,
    x('content', { type: 'html' }, entry.html),
  ])
}

/**
 * An Atom document (RFC 4287) through xast: every text and attribute value is a tree node, so the
 * serializer escapes it; nothing from a document is concatenated into markup.
 */
export function atomXml(feed: AtomFeed): string {
  // Dates as YYYY-MM-DD sort as they compare.
  const updated = [feed.since, ...feed.entries.map((entry) => entry.date)].sort().at(-1)!
  const tree: XmlRoot = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
      { type: 'text', value: '\n' },
      x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.lang }, [
        x('id', feed.id),
        x('title', feed.title),
        x('subtitle', feed.subtitle),
        x('updated', midnight(updated)),
        x('author', [x('name', feed.author.name), x('uri', feed.author.uri)]),
        x('rights', feed.rights),
        x('link', { rel: 'self', type: 'application/atom+xml', href: feed.self }),
        x('link', { rel: 'alternate', type: 'text/html', href: feed.page }),
        ...feed.entries.map(entryElement),
      ]),
    ],
  }
  safeTree(tree)
  return `${toXml(tree)}\n`
}
