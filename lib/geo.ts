interface Coordinates {
  lat: number;
  lng: number;
}

/** `geo:` opens the phone's own map app (Android, many iOS apps); the web link is the fallback. */
export function geoUri({ lat, lng }: Coordinates, label: string): string {
  return `geo:${lat},${lng}?q=${lat},${lng}(${encodeURIComponent(label)})`;
}

export function webMapUrl({ lat, lng }: Coordinates): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=16/${lat}/${lng}`;
}
