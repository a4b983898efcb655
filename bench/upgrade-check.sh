#!/usr/bin/env bash
# Upgrade check: a Derby database written by one release starts and serves its data with another.
#   1. OLD, every module a boot feature: writes a data set through REST (partners in Hebrew, Arabic and Chinese,
#      finance documents, stock, a purchase and a sale through to dispatch) and records what it wrote.
#   2. bin/stop; NEW unpacked elsewhere with OLD's data/derby copied in, every module a boot feature.
#   3. NEW must serve every recorded record and list as OLD did, the same trial balance, every audit record and
#      event, and give its next documents numbers after OLD's last in each series, without a duplicate.
# One line per check (ok/FAIL); exit 1 if any fails, 2 if the data set could not even be written on OLD.
# Usage: bench/upgrade-check.sh OLD.tar.gz NEW.tar.gz   (server tarballs from karaf-assembly/target)
# Records, replies and (on failure) both servers with their logs stay in $UPGRADE_OUT (default: a /tmp folder).
set -euo pipefail
[ $# -eq 2 ] && [ -f "$1" ] && [ -f "$2" ] || { echo "usage: $0 OLD.tar.gz NEW.tar.gz" >&2; exit 2; }
old_tarball=$(realpath "$1") new_tarball=$(realpath "$2")
out=${UPGRADE_OUT:-$(mktemp -d /tmp/backoffice-upgrade.XXXXXX)}
rm -rf "$out"/{old,new,created,records.txt,lists.txt,checks.txt} && mkdir -p "$out"/{old,new,created}
export BENCH_HTTP_PORT=${BENCH_HTTP_PORT:-18281} BENCH_SSH_PORT=${BENCH_SSH_PORT:-18201}
BENCH_TARBALL=$old_tarball BENCH_WORK=$out/old-server source "$(dirname "$0")/lib.sh"
trap 'stop_server' EXIT
today=$(date -u +%F) year=$(date -u +%Y)

# --- JSON helpers (python3): field extraction, comparison, number series --------------------------------------
py=$(cat <<'PY'
import json, sys, decimal, glob
load = lambda f: json.load(open(f, encoding="utf-8"), parse_float=decimal.Decimal)
cmd, args = sys.argv[1], sys.argv[2:]

def diff(old, new, at=""):
    """Where NEW differs from OLD, ignoring only what may legitimately differ after an upgrade:"""
    if isinstance(old, dict):
        if not isinstance(new, dict):
            return [f"{at or '.'}: {old!r} became {new!r}"]
        found = []
        for key, value in old.items():
            # NEW may add fields (a contract can grow); a field of OLD must still be there with the same value.
            if key not in new:
                found.append(f"{at}.{key} is gone")
            # A migration that rewrites a row (e.g. products when units become master data) bumps the
            # optimistic-lock version; a stale client then gets 409 as designed. It must never go back.
            elif key == "version" and isinstance(value, int):
                if not (isinstance(new[key], int) and new[key] >= value):
                    found.append(f"{at}.version {value} became {new[key]!r}")
            # Partner roles are a Set on the server, written in the JVM's (per-run random) iteration order.
            elif key == "roles" and isinstance(value, list):
                if sorted(value) != sorted(new[key] or []):
                    found.append(f"{at}.roles {value} became {new[key]}")
            else:
                found += diff(value, new[key], f"{at}.{key}")
        return found
    if isinstance(old, list):
        if not isinstance(new, list) or len(old) != len(new):
            return [f"{at or '.'}: {len(old)} elements became {len(new) if isinstance(new, list) else repr(new)}"]
        return [d for i, (o, n) in enumerate(zip(old, new)) for d in diff(o, n, f"{at}[{i}]")]
    # Numbers by value: 12.250 is 12.25 (a unit's precision may now choose the scale of a quantity).
    numbers = (int, decimal.Decimal)
    if isinstance(old, numbers) and not isinstance(old, bool) and isinstance(new, numbers) and not isinstance(new, bool):
        return [] if decimal.Decimal(old) == decimal.Decimal(new) else [f"{at}: {old} became {new}"]
    return [] if old == new else [f"{at or '.'}: {old!r} became {new!r}"]

def items(name):  # a list endpoint's pages merged: (items, total)
    pages = [load(f) for f in sorted(glob.glob(name + ".page*"), key=lambda f: int(f.rsplit("page", 1)[1]))]
    if pages and isinstance(pages[0], list):
        return pages[0], len(pages[0])
    return [i for p in pages for i in p["items"]], (pages[0]["total"] if pages else 0)

def unmatched(old_items, new_items):  # OLD items with no equal NEW item (order ignored)
    left = list(new_items)
    missing = []
    for o in old_items:
        match = next((i for i, n in enumerate(left) if not diff(o, n)), None)
        if match is None:
            missing.append(o)
        else:
            left.pop(match)
    return missing

def series(number):  # JE-2026-000012 -> ("JE-2026", 12)
    prefix, seq = number.rsplit("-", 1)
    return prefix, int(seq)

if cmd == "get":            # get FILE a.b.0.c: one field of a JSON file
    value = load(args[0])
    for key in args[1].split("."):
        value = value[int(key)] if key.isdigit() else value[key]
    print(value if not isinstance(value, (dict, list)) else json.dumps(value))
elif cmd == "count":        # count PREFIX...: "name total" of each list endpoint
    for prefix in args:
        print(prefix.rsplit("/", 1)[1], items(prefix)[1])
elif cmd == "pick-lines":   # pick-lines FILE: "lineId quantity" of each line of a pick list
    for line in load(args[0])["lines"]:
        print(line["id"], line["quantity"])
elif cmd == "record":       # record NAME OLD NEW
    name, o, n = args
    try:
        found = diff(load(o), load(n))
    except (OSError, ValueError) as e:
        found = [f"not served ({e.__class__.__name__})"]
    print(("ok   " if not found else "FAIL ") + f"{name} served as OLD served it" + ("" if not found
          else ": " + "; ".join(found[:5]) + (f" (+{len(found) - 5} more)" if len(found) > 5 else "")))
elif cmd == "list":         # list NAME OLDPREFIX NEWPREFIX [superset]: totals and content of a list endpoint
    name, o, n = args[:3]
    (old_items, old_total), (new_items, new_total) = items(o), items(n)
    missing = unmatched(old_items, new_items)
    if len(args) > 3:       # audit trail, event log: NEW may have appended (e.g. at its first start)
        good = not missing and new_total >= old_total
        what = f"every one of OLD's {old_total} items served (NEW has {new_total})"
    else:
        good = not missing and new_total == old_total and len(new_items) == len(old_items)
        what = f"total {old_total} -> {new_total}, every item the same"
    print(("ok   " if good else "FAIL ") + f"list {name}: {what}" + (f"; {len(missing)} OLD items not served, "
          f"first: {json.dumps(missing[0], default=str, ensure_ascii=False)[:300]}" if missing else ""))
elif cmd == "after":        # after WHAT NUMBER OLDPREFIX: NUMBER continues OLD's series (and is not one of OLD's)
    what, number, o = args
    prefix, seq = series(number)
    old_numbers = [i["number"] for i in items(o)[0] if i.get("number")]
    last = max((series(x)[1] for x in old_numbers if series(x)[0] == prefix), default=0)
    good = seq > last and number not in old_numbers
    print(("ok   " if good else "FAIL ") + f"next {what} {number} after OLD's last {prefix} {last}"
          + ("" if last else " (OLD issued none in this series)"))
elif cmd == "unique":       # unique NAME PREFIX: no number twice in a list
    numbers = [i["number"] for i in items(args[1])[0] if i.get("number")]
    twice = sorted({x for x in numbers if numbers.count(x) > 1})
    print(("ok   " if not twice else "FAIL ") + f"list {args[0]}: {len(numbers)} numbers, none twice"
          + (f"; twice: {twice[:10]}" if twice else ""))
PY
)
pj() { python3 -c "$py" "$@"; }

# --- HTTP helpers ----------------------------------------------------------------------------------------------
# api METHOD PATH BODY EXPECTED [SAVE]: the reply body lands in $out/reply (and SAVE); another status than
# EXPECTED (e.g. 200 or 201|409) returns 1
api() {
  local args=(-s -u "$user:$password" -X "$1" -H 'Accept: application/json' -o "$out/reply" -w '%{http_code}')
  [ -n "$3" ] && args+=(-H 'Content-Type: application/json; charset=utf-8' --data-binary "$3")
  local status; status=$(curl "${args[@]}" "http://127.0.0.1:$port$2")
  [ -z "${5:-}" ] || cp "$out/reply" "$5"
  [[ $status =~ ^($4)$ ]] || { echo "$1 $2 answered $status, expected $4: $(head -c 400 "$out/reply")" >&2; return 1; }
}
die() { echo "OLD: could not write the data set (see above); records in $out" >&2; exit 2; }
# create NAME PATH BODY [READ-PATH]: 201 on OLD, the answer kept; the record is checked on NEW at READ-PATH
# (default: PATH/<id of the answer>)
create() {
  api POST "$2" "$3" 201 "$out/created/$1.json" || die
  echo "$1 ${4:-$2/$(pj get "$out/created/$1.json" id)}" >> "$out/records.txt"
}
field() { pj get "$out/reply" "$1"; }          # a field of the last reply
record() { echo "$1 $2" >> "$out/records.txt"; }
listed() { echo "$1 $2" >> "$out/lists.txt"; } # NAME PATH: a list endpoint compared as a whole

# snapshot DIR: every record and list as the running server serves it now (lists page by page)
snapshot() {
  local name path offset total sep
  while read -r name path; do
    api GET "$path" "" 200 "$1/$name.json" || rm -f "$1/$name.json"
  done < "$out/records.txt"
  while read -r name path; do
    offset=0 sep='?'; [[ $path != *\?* ]] || sep='&'
    while :; do
      api GET "$path${sep}offset=$offset&limit=500" "" 200 \
          "$1/$name.page$offset" || { rm -f "$1/$name.page$offset"; break; }
      total=$(pj get "$1/$name.page$offset" total 2>/dev/null) || break   # a plain array: one page
      offset=$((offset + 500)); [ "$offset" -lt "$total" ] || break
    done
  done < "$out/lists.txt"
}

# The REST API is rebuilt as resources register (ApiServlet logs "REST API serving N resources"). The first write
# after boot once answered 500 "Not inside a request scope" (PartnersResource.create, about 1 s after the last
# rebuild): wait until the log has shown no rebuild for 3 s (at most 60 s) before writing or comparing.
settle() {
  local log=$work/server/data/log/karaf.log last=-1 now end=$((SECONDS + 60))
  while now=$(grep -c 'REST API serving' "$log" 2>/dev/null || true); [ "$now" != "$last" ] && [ $SECONDS -lt $end ]; do
    last=$now; sleep 3
  done
}

# wait_until SECONDS COMMAND...: polls COMMAND every second
wait_until() { local end=$((SECONDS + $1)); shift; until "$@"; do [ $SECONDS -lt $end ] || return 1; sleep 1; done; }
invoiced() { # CUSTOMER SHIPMENT: the customer has a posted invoice of the shipment
  api GET "/api/finance/invoices?customer=$1&limit=500" "" 200 && python3 -c 'import json,sys; sys.exit(0 if any(
    i["reference"] == sys.argv[2] and i["status"] != "DRAFT" for i in json.load(open(sys.argv[1]))["items"]) else 1)' "$out/reply" "$2"; }
billed() { api GET "/api/finance/bills?supplier=$1&limit=500" "" 200 && grep -q "\"supplierReference\":\"GR-$2\"" "$out/reply"; }

# --- 1. OLD: write the data set --------------------------------------------------------------------------------
echo "OLD: $old_tarball"
unpack every && start_server && wait_for_every_module 180000 && settle || die
F=/api/finance L=/api/logistics
addr() { echo '{"street":"'"$1"'","city":"'"$2"'","postalCode":"'"$3"'","country":"'"$4"'"}'; }
partner() { # CODE NAME ROLES CURRENCY BILLING-ADDRESS [SHIPPING-ADDRESS] [extra fields]
  create "partner-$1" /api/partners '{"code":"'"$1"'","name":"'"$2"'","roles":['"$3"'],"currency":"'"$4"'",
    "email":"office@'"${1,,}"'.example","phone":"+972 3 555 0101","paymentTermsDays":30,"creditLimit":25000.00,
    "billingAddress":'"$5"',"shippingAddress":'"${6:-null}${7:-}"',"notes":"upgrade check"}' "/api/partners/$1"
}
partner C-HE 'אור תעשיות בע״מ' '"CUSTOMER"' USD "$(addr 'רחוב הרצל 12' 'תל אביב' 6100001 IL)"
partner C-AR 'شركة النور للتجارة' '"CUSTOMER","SUPPLIER"' USD "$(addr 'شارع الشيخ زايد 5' 'دبي' 00000 AE)"
partner C-ZH '上海长江贸易有限公司' '"CUSTOMER"' USD "$(addr '南京东路 100 号' '上海' 200001 CN)" \
  "$(addr '浦东新区 世纪大道 8 号' '上海' 200120 CN)"
partner S-DE 'Müller & Söhne GmbH' '"SUPPLIER"' USD "$(addr 'Hafenstraße 3' 'Hamburg' 20457 DE)" null \
  ',"iban":"DE02120300000000202051","taxId":"DE123456789"'
for i in $(seq -w 1 20); do # more partners, so lists hold more than a handful
  partner "P-0$i" "Partner $i · פרטנר · 伙伴" '"CUSTOMER"' "$( ((10#$i % 2)) && echo EUR || echo USD)" \
    "$(addr "Street $i" Berlin 10115 DE)"
done
listed partners /api/partners

# finance: the fiscal year, accounts, journal entries, an invoice cycle and a bill
api POST $F/fiscal-years '{"year":'"$year"'}' '201|409' || die # 409: a release that opens it by itself
create account-4710 $F/accounts '{"code":"4710","name":"Consulting revenue · הכנסות ייעוץ","type":"INCOME"}' $F/accounts/4710
create account-6810 $F/accounts '{"code":"6810","name":"Office costs · مصاريف المكتب","type":"EXPENSE"}' $F/accounts/6810
record account-1200 $F/accounts/1200
entry() { echo '{"date":"'"$today"'","description":"'"$1"'","reference":"'"$2"'","post":'"${5:-true}"',"lines":[
  {"account":"'"$3"'","debit":'"$4"',"partner":"C-HE","memo":"upgrade"},{"account":"'"$6"'","credit":'"$4"'}]}'; }
for i in 1 2 3 4 5 6 7 8; do
  create "entry-$i" $F/journal-entries "$(entry "Consulting $i · ייעוץ" "UP-$i" 1200 "$i$i$i.$i$i" true 4710)"
done
create entry-rent $F/journal-entries "$(entry 'Rent · إيجار' UP-RENT 6810 1250.00 true 1100)"
create entry-draft $F/journal-entries "$(entry 'Draft, never posted' UP-DRAFT 6810 10.00 false 1100)"
line() { echo '{"description":"'"$1"'","quantity":'"$2"',"unitPrice":'"$3"',"taxCode":"'"$4"'"}'; }
for c in C-HE C-AR C-ZH; do
  create "invoice-$c" $F/invoices '{"customer":"'"$c"'","date":"'"$today"'","lines":['"$(line 'Consulting · ייעוץ' 3 33.33 STD)"',
    '"$(line 'Books · 书' 1 10.01 RED)"','"$(line 'Export' 2 5 ZERO)"']}'
  api POST "$F/invoices/$(pj get "$out/created/invoice-$c.json" id)/post" "" 200 "$out/created/invoice-$c.posted.json" || die
done
create invoice-draft $F/invoices '{"customer":"C-HE","date":"'"$today"'","lines":['"$(line 'Left as draft' 1 1 STD)"']}'
he_invoice=$(pj get "$out/created/invoice-C-HE.posted.json" id)
he_gross=$(pj get "$out/created/invoice-C-HE.posted.json" gross)
create receipt $F/receipts '{"customer":"C-HE","date":"'"$today"'","amount":'"$he_gross"',"bankAccount":"1100",
  "allocations":[{"invoice":'"$he_invoice"',"amount":'"$he_gross"'}]}'
create bill $F/bills '{"supplier":"S-DE","supplierReference":"RE-2026-4711","date":"'"$today"'","iban":"DE02120300000000202051",
  "lines":['"$(line 'Packaging · Verpackung' 4 12.125 STD)"','"$(line 'Freight' 1 99.95 ZERO)"']}'
api POST "$F/bills/$(pj get "$out/created/bill.json" id)/post" "" 200 "$out/created/bill.posted.json" || die
record trial-balance "$F/reports/trial-balance?from=$year-01-01&to=$year-12-31"
record ledger-check $F/verify
for l in accounts periods tax-codes journal-entries invoices credit-notes receipts bills supplier-payments; do
  listed "$l" "$F/$l"
done

# logistics: products, a warehouse, stock, a purchase order received, a sales order shipped
product() { # SKU NAME UOM TYPE [GTIN]
  create "product-$1" $L/products '{"sku":"'"$1"'","name":"'"$2"'","uom":"'"$3"'","type":"'"$4"'"'"${5:+,\"gtin\":\"$5\"}"',
    "standardCost":0.80,"listPrice":1.95,"currency":"USD"}' "$L/products/$1"
}
product UP-PEN 'Ballpoint pen · עט כדורי' PCE STOCKED 4006381333931
product UP-FLOUR 'Flour · طحين' KG STOCKED
product UP-CABLE 'Cable · 电缆' M STOCKED
product UP-FIT 'Fitting service' H SERVICE
create warehouse $L/warehouses '{"code":"UP-TLV","name":"מחסן תל אביב","address":'"$(addr 'דרך השלום 53' 'תל אביב' 6789212 IL)"'}' \
  $L/warehouses/UP-TLV
create location $L/warehouses/UP-TLV/locations '{"code":"UP-TLV-A","name":"Aisle A · מעבר א"}' $L/warehouses/UP-TLV/locations
move() { echo '{"type":"RECEIPT","sku":"'"$1"'","quantity":'"$2"',"warehouse":"UP-TLV","location":"UP-TLV-A","reference":"'"$3"'"}'; }
create move-pen $L/stock-moves "$(move UP-PEN 100 DN-1)"
create move-flour $L/stock-moves "$(move UP-FLOUR 25.5 DN-2)"
create move-cable $L/stock-moves "$(move UP-CABLE 120 DN-3)"
create move-transfer $L/stock-moves '{"type":"TRANSFER","sku":"UP-PEN","quantity":5,"warehouse":"UP-TLV","location":"UP-TLV-A",
  "toLocation":"UP-TLV-RECV"}'
create po $L/purchase-orders '{"supplier":"S-DE","warehouse":"UP-TLV","expectedDate":"'"$today"'","currency":"USD","lines":[
  {"sku":"UP-PEN","quantity":50,"unitPrice":0.40},{"sku":"UP-CABLE","quantity":100,"unitPrice":1.20}]}'
po=$(pj get "$out/created/po.json" id)
api POST "$L/purchase-orders/$po/send" "" 200 || die
api POST "$L/purchase-orders/$po/receipts" '{"reference":"DN-PO-1","lines":[{"sku":"UP-PEN","quantity":50},
  {"sku":"UP-CABLE","quantity":100,"location":"UP-TLV-A"}]}' 201 "$out/created/goods-receipt.json" || die
record goods-receipts "$L/purchase-orders/$po/receipts"
create so $L/sales-orders '{"customer":"C-ZH","warehouse":"UP-TLV","requestedDate":"'"$today"'","currency":"USD","lines":[
  {"sku":"UP-PEN","quantity":10,"unitPrice":1.95},{"sku":"UP-FIT","quantity":1.5,"unitPrice":80}]}'
so=$(pj get "$out/created/so.json" id)
api POST "$L/sales-orders/$so/confirm" "" 200 || die
create pick-list $L/pick-lists '{"orders":['"$so"']}'
pick=$(pj get "$out/created/pick-list.json" id)
pj pick-lines "$out/created/pick-list.json" > "$out/pick-lines"
while read -r line quantity; do
  api POST "$L/pick-lists/$pick/lines/$line/confirm" '{"quantity":'"$quantity"'}' 200 || die
done < "$out/pick-lines"
create shipment $L/shipments '{"salesOrder":'"$so"',"carrier":"DHL","trackingNumber":"JD0001","packages":2}'
api POST "$L/shipments/$(pj get "$out/created/shipment.json" id)/dispatch" "" 200 "$out/created/shipment.dispatched.json" || die
shipment_number=$(pj get "$out/created/shipment.json" number)
record stock-ledger-pen $L/products/UP-PEN/ledger
for l in products warehouses stock-moves stock purchase-orders sales-orders pick-lists shipments; do listed "$l" "$L/$l"; done
listed audit /api/audit
listed events /api/events
# the logistics-finance bridge invoices the shipment and bills the goods receipt, asynchronously: wait for both
wait_until 90 invoiced C-ZH "$shipment_number" || { echo "OLD: the bridge did not invoice $shipment_number" >&2; die; }
wait_until 90 billed S-DE "$(pj get "$out/created/goods-receipt.json" id)" || { echo "OLD: no bill of the goods receipt" >&2; die; }
sleep 2 # the bridge's last subscription positions and events
snapshot "$out/old"
# what OLD wrote, for the record: the totals of each list and the numbers it issued last
{ echo "records (name, path): $out/records.txt; OLD's answers to their creation: $out/created"
  pj count $(sed "s|^\([^ ]*\) .*|$out/old/\1|" "$out/lists.txt")
  echo "shipment $shipment_number, invoiced by the bridge"; } > "$out/old-summary.txt"
echo "OLD wrote $(wc -l < "$out/records.txt") records; list totals: $(pj count $(sed "s|^\([^ ]*\) .*|$out/old/\1|" \
  "$out/lists.txt") | paste -sd, | sed 's/,/, /g')"
stop_server # bin/stop, and waits for the JVM to be gone

# --- 2. NEW on OLD's database ----------------------------------------------------------------------------------
echo "NEW: $new_tarball"
work=$out/new-server tarball=$new_tarball
unpack every
mkdir -p "$work/server/data"
cp -a "$out/old-server/server/data/derby" "$work/server/data/" # where etc/org.ops4j.datasource-backoffice.cfg points
t0=$(now_ms); start_server
if ! wait_for_every_module 180000; then
  echo "FAIL NEW starts with every module on OLD's database (log: $work/server/data/log/karaf.log)"; exit 1
fi
echo "ok   NEW starts with every module on OLD's database ($(( $(now_ms) - t0 )) ms)" | tee "$out/checks.txt"
settle
sleep 2 # let subscribers that catch up from the event log at start do so, so that their effects get compared too
snapshot "$out/new"

# --- 3. checks (each block runs in the pipe's subshell, without errexit: one failure must not hide the rest) -----
{
  set +e
  while read -r name _; do pj record "$name" "$out/old/$name.json" "$out/new/$name.json"; done < "$out/records.txt"
  while read -r name _; do
    case $name in audit|events) pj list "$name" "$out/old/$name" "$out/new/$name" superset ;;
                  *) pj list "$name" "$out/old/$name" "$out/new/$name" ;; esac
  done < "$out/lists.txt"
} | tee -a "$out/checks.txt"

# NEW's next documents: each number must continue OLD's series
next() { # WHAT LIST METHOD PATH BODY EXPECTED: the call's reply holds the new number
  if api "$3" "$4" "$5" "$6" "$out/new/next-$1.json"; then pj after "$1" "$(field number)" "$out/old/$2"
  else echo "FAIL next $1: $3 $4 refused ($(head -c 200 "$out/reply"))"; return 1; fi
}
{
  set +e
  next journal-entry journal-entries POST $F/journal-entries "$(entry 'After the upgrade' UP-NEW 1200 42.00 true 4710)" 201 || true
  if api POST $F/invoices '{"customer":"C-AR","date":"'"$today"'","lines":['"$(line 'After the upgrade' 1 100 STD)"']}' 201; then
    invoice=$(field id); next invoice invoices POST "$F/invoices/$invoice/post" "" 200 || true
    gross=$(field gross)
    next receipt receipts POST $F/receipts '{"customer":"C-AR","date":"'"$today"'","amount":'"$gross"',"bankAccount":"1100",
      "allocations":[{"invoice":'"$invoice"',"amount":'"$gross"'}]}' 201 || true
  else echo "FAIL next invoice: POST $F/invoices refused ($(head -c 200 "$out/reply"))"; fi
  if next sales-order sales-orders POST $L/sales-orders '{"customer":"C-HE","warehouse":"UP-TLV","requestedDate":"'"$today"'",
      "currency":"USD","lines":[{"sku":"UP-PEN","quantity":3,"unitPrice":1.95}]}' 201; then
    so=$(field id)
    if api POST "$L/sales-orders/$so/confirm" "" 200 \
        && next shipment shipments POST $L/shipments '{"salesOrder":'"$so"',"carrier":"UPS"}' 201; then
      number=$(field number)
      if api POST "$L/shipments/$(field id)/dispatch" "" 200 && wait_until 90 invoiced C-HE "$number"; then
        pj after "invoice (by the bridge, of $number)" \
          "$(python3 -c 'import json,sys; print([i["number"] for i in json.load(open(sys.argv[1]))["items"] if i["reference"]==sys.argv[2]][0])' \
             "$out/reply" "$number")" "$out/old/invoices"
      else echo "FAIL the bridge invoices shipment $number dispatched on NEW"; fi
    else echo "FAIL next shipment: confirm or ship refused ($(head -c 200 "$out/reply"))"; fi
  fi
  if next purchase-order purchase-orders POST $L/purchase-orders '{"supplier":"C-AR","warehouse":"UP-TLV","expectedDate":"'"$today"'",
      "currency":"USD","lines":[{"sku":"UP-FLOUR","quantity":10,"unitPrice":0.55}]}' 201; then
    po=$(field id)
    if api POST "$L/purchase-orders/$po/send" "" 200 \
        && api POST "$L/purchase-orders/$po/receipts" '{"reference":"DN-NEW","lines":[{"sku":"UP-FLOUR","quantity":10}]}' 201 \
        && receipt=$(field id) && wait_until 90 billed C-AR "$receipt"; then
      bill=$(python3 -c 'import json,sys; print([b["id"] for b in json.load(open(sys.argv[1]))["items"] if b["supplierReference"]==sys.argv[2]][0])' \
             "$out/reply" "GR-$receipt")
      next bill bills POST "$F/bills/$bill/post" "" 200 || true
    else echo "FAIL the bridge bills goods receipt on NEW ($(head -c 200 "$out/reply"))"; fi
  fi
  # no number twice, and no second invoice for the shipment OLD dispatched (the bridge's position survived)
  for l in journal-entries invoices receipts bills purchase-orders sales-orders shipments; do
    path=$(awk -v n="$l" '$1 == n {print $2}' "$out/lists.txt")
    api GET "$path?limit=500" "" 200 "$out/new/$l-after.page0" && pj unique "$l (NEW, after its documents)" "$out/new/$l-after"
  done
  api GET "$F/invoices?customer=C-ZH&limit=500" "" 200
  count=$(grep -o "\"reference\":\"$shipment_number\"" "$out/reply" | wc -l)
  [ "$count" = 1 ] && echo "ok   shipment $shipment_number (OLD) is still invoiced exactly once" \
    || echo "FAIL shipment $shipment_number (OLD) is invoiced $count times"
} | tee -a "$out/checks.txt"

passed=$(grep -c '^ok' "$out/checks.txt" || true) failed=$(grep -c '^FAIL' "$out/checks.txt" || true)
echo "$passed ok, $failed FAIL in $SECONDS s; records and replies in $out"
stop_server
if [ "$failed" -gt 0 ]; then echo "servers and logs kept: $out/old-server, $out/new-server"; exit 1; fi
rm -rf "$out/old-server" "$out/new-server"
