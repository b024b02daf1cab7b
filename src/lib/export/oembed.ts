// oEmbed 1.0 "rich" response for a graphic (served as static JSON; discovered from the page that shows it).
export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: 'Groundwork';
  provider_url: string;
  html: string;
  width: number;
  height: number;
  /** A preview image for hosts that show one before the frame loads: the page's social card. */
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export function oembedRich(o: {
  title: string;
  providerUrl: string;
  html: string;
  width: number;
  height: number;
  thumbnail?: { url: string; width: number; height: number };
}): OembedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: o.title,
    provider_name: 'Groundwork',
    provider_url: o.providerUrl,
    html: o.html,
    width: Math.round(o.width),
    height: Math.round(o.height),
    ...(o.thumbnail
      ? { thumbnail_url: o.thumbnail.url, thumbnail_width: o.thumbnail.width, thumbnail_height: o.thumbnail.height }
      : {}),
  };
}
