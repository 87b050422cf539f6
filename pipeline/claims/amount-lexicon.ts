/**
 * Words and symbols of amounts, as data: currencies (ISO 4217 codes), scale
 * words, physical units and percent forms. The reader (amounts.ts) matches
 * them case-insensitively on token boundaries; nothing here is code.
 * A second language adds its own tables beside these.
 */

/** A table without a prototype: tokens are arbitrary text ("constructor" must not be found). */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Scale words after a number ("4.2 billion", "500 crore", "13 lakh"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = table({
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  tln: 1e12,
  trn: 1e12,
  trln: 1e12,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});

/** Scale letters glued to a number ("€3m", "$2.174T", "1.1bn"), and "k". Only with money or a following unit. */
export const SCALE_LETTERS: Readonly<Record<string, number>> = table({ k: 1e3, m: 1e6, b: 1e9, t: 1e12, bn: 1e9, mn: 1e6, tn: 1e12 });

export type PercentUnit = 'percent' | 'percentage_point' | 'basis_point';

/** Percent forms; each says whether it is percent, percentage points or basis points. */
export const PERCENT_WORDS: Readonly<Record<string, PercentUnit>> = table<PercentUnit>({
  '%': 'percent',
  percent: 'percent',
  percents: 'percent',
  'per cent': 'percent',
  pc: 'percent',
  pct: 'percent',
  percentage: 'percent',
  'percentage points': 'percentage_point',
  'percentage point': 'percentage_point',
  'percent points': 'percentage_point',
  'per cent points': 'percentage_point',
  'pct points': 'percentage_point',
  'basis points': 'basis_point',
  bps: 'basis_point',
  bp: 'basis_point',
});

/** A physical or time unit: id (symbol) and what it measures. */
export interface UnitDef {
  id: string;
  dimension: 'length' | 'area' | 'volume' | 'mass' | 'temperature' | 'speed' | 'power' | 'energy' | 'data' | 'frequency' | 'time' | 'angle' | 'other';
}

const u = (id: string, dimension: UnitDef['dimension'], ...forms: string[]): Array<[string, UnitDef]> => forms.map((f) => [f, { id, dimension }]);

/**
 * Unit forms → unit. Single letters ("m", "t", "l", "g") only count glued to
 * the number or after a digit with a space; the reader checks that.
 */
export const UNITS: Readonly<Record<string, UnitDef>> = table(
  Object.fromEntries([
    ...u('km', 'length', 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'kms'),
    ...u('m', 'length', 'm', 'metre', 'metres', 'meter', 'meters'),
    ...u('cm', 'length', 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'),
    ...u('mm', 'length', 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'),
    ...u('nm', 'length', 'nm', 'nanometre', 'nanometres', 'nanometer', 'nanometers'),
    ...u('µm', 'length', 'µm', 'μm', 'micrometre', 'micrometres', 'micrometer', 'micrometers', 'micron', 'microns'),
    ...u('dm', 'length', 'decimetre', 'decimetres', 'decimeter', 'decimeters'),
    ...u('pm', 'length', 'picometre', 'picometres', 'picometer', 'picometers'),
    ...u('mi', 'length', 'mi', 'mile', 'miles'),
    ...u('ft', 'length', 'ft', 'foot', 'feet'),
    ...u('in', 'length', 'inch', 'inches', 'in'),
    ...u('yd', 'length', 'yd', 'yard', 'yards'),
    ...u('nmi', 'length', 'nautical mile', 'nautical miles'),
    ...u('km2', 'area', 'km2', 'km²', 'km^2', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers', 'sq km', 'sq. km', 'sqkm'),
    ...u('cm2', 'area', 'cm2', 'cm²', 'cm^2', 'square centimetre', 'square centimetres', 'square centimeter', 'square centimeters'),
    ...u('m2', 'area', 'm2', 'm²', 'm^2', 'square metre', 'square metres', 'square meter', 'square meters', 'sq m', 'sqm'),
    ...u('sq mi', 'area', 'sq mi', 'square mile', 'square miles'),
    ...u('sq ft', 'area', 'sq ft', 'square foot', 'square feet'),
    ...u('ft3', 'volume', 'cubic feet', 'cubic foot', 'cu ft'),
    ...u('m3', 'volume', 'cubic metres', 'cubic meters', 'cubic metre', 'cubic meter', 'm3', 'm³', 'm^3'),
    ...u('km3', 'volume', 'cubic kilometres', 'cubic kilometers', 'cubic kilometre', 'cubic kilometer', 'km3', 'km³', 'km^3'),
    ...u('cm3', 'volume', 'cubic centimetres', 'cubic centimeters', 'cubic centimetre', 'cubic centimeter', 'cm3', 'cm³', 'cm^3', 'cc'),
    ...u('ha', 'area', 'ha', 'hectare', 'hectares'),
    ...u('acre', 'area', 'acre', 'acres'),
    ...u('l', 'volume', 'l', 'litre', 'litres', 'liter', 'liters'),
    ...u('ml', 'volume', 'ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'),
    ...u('cl', 'volume', 'cl', 'centilitre', 'centilitres'),
    ...u('gal', 'volume', 'gal', 'gallon', 'gallons'),
    ...u('bbl', 'volume', 'barrel', 'barrels', 'bbl'),
    ...u('cup', 'volume', 'cup', 'cups'),
    ...u('tbsp', 'volume', 'tbsp', 'tablespoon', 'tablespoons'),
    ...u('tsp', 'volume', 'tsp', 'teaspoon', 'teaspoons'),
    ...u('kg', 'mass', 'kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'),
    ...u('g', 'mass', 'g', 'gram', 'grams', 'gramme', 'grammes'),
    ...u('mg', 'mass', 'mg', 'milligram', 'milligrams', 'milligramme', 'milligrammes'),
    ...u('µg', 'mass', 'µg', 'μg', 'microgram', 'micrograms', 'microgramme', 'microgrammes', 'mcg'),
    ...u('lb', 'mass', 'lb', 'lbs', 'pound-mass'),
    ...u('oz', 'mass', 'oz', 'ounce', 'ounces'),
    ...u('t', 'mass', 't', 'tonne', 'tonnes', 'metric ton', 'metric tons'),
    ...u('ton', 'mass', 'ton', 'tons'),
    ...u('°C', 'temperature', '°c', 'degrees celsius', 'degree celsius', 'celsius', 'celcius', 'degrees centigrade', 'centigrade', 'degrees c', 'deg c', 'deg celsius', 'deg . c', 'c', '℃'),
    ...u('°F', 'temperature', '°f', 'degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', 'farenheit', 'degrees farenheit', 'degrees f', 'deg f', 'deg fahrenheit', 'f', '℉'),
    ...u('K', 'temperature', 'kelvin', 'kelvins'),
    ...u('°', 'angle', 'degrees', 'degree', 'deg', '°'),
    ...u('rad', 'angle', 'rad', 'radian', 'radians'),
    ...u('km/h', 'speed', 'km/h', 'km/hr', 'km/hour', 'kph', 'kmh', 'kmph', 'kilometres per hour', 'kilometers per hour', 'kilometre per hour', 'kilometer per hour', 'kilometres an hour', 'kilometers an hour'),
    ...u('mph', 'speed', 'mph', 'mi/h', 'miles per hour', 'mile per hour', 'miles an hour'),
    ...u('m/s', 'speed', 'm/s', 'metres per second', 'meters per second', 'metre per second', 'meter per second'),
    ...u('kn', 'speed', 'knots', 'knot'),
    ...u('W', 'power', 'w', 'watt', 'watts'),
    ...u('kW', 'power', 'kw', 'kilowatt', 'kilowatts'),
    ...u('MW', 'power', 'mw', 'megawatt', 'megawatts'),
    ...u('GW', 'power', 'gw', 'gigawatt', 'gigawatts'),
    ...u('hp', 'power', 'hp', 'horsepower', 'bhp'),
    ...u('Wh', 'energy', 'wh', 'watt hour', 'watt hours'),
    ...u('kWh', 'energy', 'kwh', 'kilowatt hour', 'kilowatt hours', 'kilowatt-hours', 'kilowatt-hour'),
    ...u('MWh', 'energy', 'mwh', 'megawatt hour', 'megawatt hours'),
    ...u('GWh', 'energy', 'gwh', 'gigawatt hour', 'gigawatt hours'),
    ...u('J', 'energy', 'j', 'joule', 'joules'),
    ...u('kJ', 'energy', 'kj', 'kilojoule', 'kilojoules'),
    ...u('MJ', 'energy', 'mj', 'megajoule', 'megajoules'),
    ...u('kcal', 'energy', 'kcal', 'kilocalorie', 'kilocalories'),
    ...u('cal', 'energy', 'calorie', 'calories'),
    ...u('eV', 'energy', 'ev', 'electronvolt', 'electronvolts'),
    ...u('keV', 'energy', 'kev'),
    ...u('MeV', 'energy', 'mev'),
    ...u('GeV', 'energy', 'gev'),
    ...u('TeV', 'energy', 'tev'),
    ...u('bit', 'data', 'bit', 'bits'),
    ...u('kbit', 'data', 'kbit', 'kilobit', 'kilobits'),
    ...u('Mbit', 'data', 'mbit', 'megabit', 'megabits'),
    ...u('Gbit', 'data', 'gbit', 'gigabit', 'gigabits'),
    ...u('kbit/s', 'data', 'kbps', 'kbit/s', 'kb/s'),
    ...u('Mbit/s', 'data', 'mbps', 'mbit/s', 'mb/s'),
    ...u('Gbit/s', 'data', 'gbps', 'gbit/s', 'gb/s'),
    ...u('B', 'data', 'byte', 'bytes'),
    ...u('KB', 'data', 'kb', 'kilobyte', 'kilobytes'),
    ...u('MB', 'data', 'mb', 'megabyte', 'megabytes'),
    ...u('GB', 'data', 'gb', 'gigabyte', 'gigabytes'),
    ...u('TB', 'data', 'tb', 'terabyte', 'terabytes'),
    ...u('PB', 'data', 'pb', 'petabyte', 'petabytes'),
    ...u('EB', 'data', 'eb', 'exabyte', 'exabytes'),
    ...u('Hz', 'frequency', 'hz', 'hertz'),
    ...u('MHz', 'frequency', 'mhz', 'megahertz'),
    ...u('GHz', 'frequency', 'ghz', 'gigahertz'),
    ...u('kHz', 'frequency', 'khz', 'kilohertz'),
    ...u('year', 'time', 'year', 'years', 'yr', 'yrs'),
    ...u('month', 'time', 'month', 'months'),
    ...u('week', 'time', 'week', 'weeks'),
    ...u('day', 'time', 'day', 'days'),
    ...u('hour', 'time', 'hour', 'hours', 'hr', 'hrs', 'h'),
    ...u('minute', 'time', 'minute', 'minutes', 'min', 'mins'),
    ...u('second', 'time', 'second', 'seconds', 'sec', 'secs', 's'),
    ...u('ms', 'time', 'ms', 'millisecond', 'milliseconds'),
    ...u('turn', 'other', 'turn', 'turns'),
    ...u('dozen', 'other', 'dozen'),
  ]),
);

/** Words of a rate after an amount: "per day", "a year", "/hour", "apiece". */
export const RATE_PERIODS: ReadonlySet<string> = new Set([
  'second',
  'minute',
  'hour',
  'millisecond',
  'ms',
  'day',
  'week',
  'month',
  'year',
  'quarter',
  'share',
  'person',
  'head',
  'capita',
  'barrel',
  'kg',
  'kilogram',
  'tonne',
  'ton',
  'litre',
  'liter',
  'gallon',
  'night',
  'unit',
  'hectare',
  'acre',
  'kwh',
  'mile',
  'km',
]);
