// Check characters of national identifiers outside the US/UK/IN/FR set (checksums.ts).
// Each takes the identifier without separators, upper case.

const digitsOf = (s: string): number[] => [...s].map((c) => c.charCodeAt(0) - 48)
const weighted = (digits: readonly number[], weights: readonly number[]): number =>
  digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0)

/** Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): number mod 23. */
export function spanishIdValid(id: string): boolean {
  const numeric = id.replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2')
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(numeric.slice(0, 8)) % 23] === id.slice(-1)
}

const CF_ODD: Readonly<Record<string, number>> = Object.fromEntries(
  [...'0123456789']
    .map((c, i): [string, number] => [c, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21][i] ?? 0])
    .concat(
      [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i): [string, number] => [
        c,
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23][i] ?? 0,
      ]),
    ),
)

/** Italian codice fiscale: 16 characters, the last a check letter over odd/even positions. */
export function codiceFiscaleValid(cf: string): boolean {
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const c = cf[i] ?? ''
    sum += i % 2 === 0 ? (CF_ODD[c] ?? 0) : /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 65
  }
  return String.fromCharCode(65 + (sum % 26)) === cf[15]
}

/** Singapore NRIC/FIN: prefix letter, 7 digits, check letter. */
export function singaporeIdValid(id: string): boolean {
  const prefix = id[0] ?? ''
  const sum = weighted(digitsOf(id.slice(1, 8)), [2, 7, 6, 5, 4, 3, 2]) + ('TG'.includes(prefix) ? 4 : prefix === 'M' ? 3 : 0)
  const letters = 'ST'.includes(prefix) ? 'JZIHGFEDCBA' : 'FG'.includes(prefix) ? 'XWUTRQPNMLK' : 'KLJNPQRTUWX'
  const index = prefix === 'M' ? 10 - (sum % 11) : sum % 11
  return letters[index] === id[8]
}

/** A real calendar date (two-digit years are accepted as given). */
export function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Chinese resident identity number: 17 digits (birth date inside) + ISO 7064 MOD 11-2 check. */
export function chineseIdValid(id: string): boolean {
  if (!validDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false
  const sum = weighted(digitsOf(id.slice(0, 17)), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
  return '10X98765432'[sum % 11] === id[17]
}

/** Brazilian CPF: 9 digits + two mod-11 check digits; all-equal digits are invalid. */
export function cpfValid(cpf: string): boolean {
  if (/^(\d)\1{10}$/.test(cpf)) return false
  const d = digitsOf(cpf)
  const check = (n: number) =>
    ((weighted(
      d.slice(0, n),
      Array.from({ length: n }, (_, i) => n + 1 - i),
    ) *
      10) %
      11) %
    10
  return check(9) === d[9] && check(10) === d[10]
}

/** UK NHS number: 10 digits, mod 11 with weights 10..2. */
export function nhsValid(nhs: string): boolean {
  const d = digitsOf(nhs)
  const check = 11 - (weighted(d.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)
  return check !== 10 && (check === 11 ? 0 : check) === d[9]
}

/**
 * Finnish personal identity code `DDMMYY-NNNC`: check character = number mod 31. Taken with or
 * without its century sign: a letter sign (`A`) stays in a compact id, `-` and `+` do not.
 */
export function finnishIdValid(id: string): boolean {
  if (!validDate(2000 + Number(id.slice(4, 6)), Number(id.slice(2, 4)), Number(id.slice(0, 2)))) return false
  const rest = id.length === 11 ? id.slice(7) : id.slice(6)
  return rest.length === 4 && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(id.slice(0, 6) + rest.slice(0, 3)) % 31] === rest[3]
}

/** Polish PESEL: 11 digits, weights 1-3-7-9. */
export function peselValid(pesel: string): boolean {
  const d = digitsOf(pesel)
  return (10 - (weighted(d.slice(0, 10), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === d[10]
}

/** Australian tax file number: 9 digits, weighted sum divisible by 11. */
export function tfnValid(tfn: string): boolean {
  return tfn.length === 9 && weighted(digitsOf(tfn), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0
}

/**
 * Portuguese NIF (número de identificação fiscal): 9 digits, the first naming the kind of
 * taxpayer (1–3 people, 5 companies, 6 public bodies, 8 sole traders, 9 other), a mod-11 check digit.
 */
export function portugueseNifValid(nif: string): boolean {
  if (!/^[1235689][0-9]{8}$/.test(nif)) return false
  const d = digitsOf(nif)
  const rest = weighted(d.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) % 11
  return (rest < 2 ? 0 : 11 - rest) === d[8]
}

/** Dutch BSN: 9 digits, "elfproef" (last weight -1). */
export function bsnValid(bsn: string): boolean {
  const sum = weighted(digitsOf(bsn), [9, 8, 7, 6, 5, 4, 3, 2, -1])
  return sum % 11 === 0 && sum > 0
}

/** South Korean resident registration number `YYMMDD-SNNNNNC`. */
export function koreanRrnValid(rrn: string): boolean {
  const d = digitsOf(rrn)
  if (!validDate(2000 + Number(rrn.slice(0, 2)), Number(rrn.slice(2, 4)), Number(rrn.slice(4, 6)))) return false
  return (11 - (weighted(d.slice(0, 12), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === d[12]
}

/** ICAO 9303 check digit over MRZ characters (digits, A–Z = 10–35, `<` = 0), weights 7-3-1. */
export function mrzCheckDigit(field: string): number {
  let sum = 0
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i)
    const value = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0
    sum += value * ([7, 3, 1][i % 3] ?? 0)
  }
  return sum % 10
}

/** Taiwan national id: a letter (the issuing area, 10–35), 1 or 2 (sex), 8 digits; weighted mod 10. */
export function taiwanIdValid(id: string): boolean {
  const area = 'ABCDEFGHJKLMNPQRSTUVXYWZIO'.indexOf(id[0] ?? '') + 10
  if (area < 10) return false
  const digits = [Math.floor(area / 10), area % 10, ...digitsOf(id.slice(1))]
  return weighted(digits, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]) % 10 === 0
}

/** Norwegian fødselsnummer (and D-number: day + 40): a real date, then two mod-11 check digits. */
export function norwegianIdValid(id: string): boolean {
  const d = digitsOf(id)
  const day = Number(id.slice(0, 2)) % 40
  const month = Number(id.slice(2, 4))
  if (day < 1 || day > 31 || month < 1 || month > 12) return false
  const check = (weights: readonly number[], n: number) => {
    const k = 11 - (weighted(d.slice(0, n), weights) % 11)
    return (k === 11 ? 0 : k) === d[n]
  }
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2], 9) && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10)
}

/** Hong Kong identity card: one or two letters, six digits, check character (weights 9…2, mod 11; 10 is `A`). */
export function hongKongIdValid(id: string): boolean {
  const body = id.length === 8 ? ` ${id.slice(0, 7)}` : id.slice(0, 8)
  const value = (c: string) => (c === ' ' ? 36 : /[A-Z]/.test(c) ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48)
  const sum = [...body].reduce((s, c, i) => s + value(c) * (9 - i), 0)
  const check = (11 - (sum % 11)) % 11
  return (check === 10 ? 'A' : String(check)) === id.slice(-1)
}

/** Chilean RUT/RUN: body digits weighted 2–7 from the right, mod 11; 10 is `K`, 11 is `0`. */
export function chileanRutValid(rut: string): boolean {
  const body = rut.slice(0, -1)
  let sum = 0
  for (let i = 0; i < body.length; i++) sum += (body.charCodeAt(body.length - 1 - i) - 48) * (2 + (i % 6))
  const check = 11 - (sum % 11)
  return (check === 11 ? '0' : check === 10 ? 'K' : String(check)) === rut.slice(-1)
}

/**
 * Belgian national number `YY.MM.DD-NNN.CC`: 97 minus the first nine digits mod 97 (with a
 * `2` in front for births from 2000). Month and day may be 0 (date unknown); a bis number adds
 * 20 or 40 to the month.
 */
export function belgianNationalNumberValid(id: string): boolean {
  const month = Number(id.slice(2, 4)) % 20
  if (month > 12 || Number(id.slice(4, 6)) > 31) return false
  const check = Number(id.slice(9, 11))
  return 97 - (Number(id.slice(0, 9)) % 97) === check || 97 - (Number(`2${id.slice(0, 9)}`) % 97) === check
}

/** EAN-13 check digit (weights 1-3), as Switzerland's AHV number `756.1234.5678.97` carries. */
export function ean13Valid(digits: string): boolean {
  if (digits.length !== 13) return false
  const sum = weighted(digitsOf(digits.slice(0, 12)), [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3])
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48
}

/** Danish CPR number `DDMMYY-SSSS`: no check digit since 2007, so only its birth date is checked. */
export function danishCprDateValid(cpr: string): boolean {
  return validDate(2000 + Number(cpr.slice(4, 6)), Number(cpr.slice(2, 4)), Number(cpr.slice(0, 2)))
}

/** Irish PPS number: seven digits, a check letter (mod 23, `W` for 0), an optional second letter (weight 9). */
export function irishPpsValid(pps: string): boolean {
  const second = pps[8]
  const sum =
    weighted(digitsOf(pps.slice(0, 7)), [8, 7, 6, 5, 4, 3, 2]) + (second && second !== 'W' ? 9 * (second.charCodeAt(0) - 64) : 0)
  return 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23] === pps[7]
}
