#!/usr/bin/env python3
"""Reconciliation checks for published PCC budget/precept figures.
Every input literal below is copied verbatim from the stored text of the cited
source (see /work/research/pcc-budgets.md). Exact decimal arithmetic only."""
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_HALF_EVEN

def r(x, places='1', mode=ROUND_HALF_UP):
    return D(x).quantize(D(places), rounding=mode)

def s(*xs):
    return sum(D(x) for x in xs)

def bands(band_d, places='0.01'):
    return [r(D(band_d) * n / 9, places) for n in (6, 7, 8, 9, 11, 13, 15, 18)]

def show(label, got, published=None):
    if published is None:
        print(f"{label}: {got}")
    else:
        try:
            diff = D(got) - D(published)
        except Exception:
            diff = "n/a (non-numeric published value)"
        print(f"{label}: computed {got} | published {published} | diff {diff}")

print("=== S1 Cumbria PCC (Eden DC / South Lakeland DC pages) ===")
cum = {
 # year: (expenditure lines, gross, fees, other grants, reserves(signed as deducted), NBR, police grant, DCLG, surplus(+=deficit added), CTR, district precepts, district total)
 '2016-17': (["75.326","22.414","1.644","3.600","2.406","2.583","11.700","1.473","4.839","3.523"],"129.507","4.739","25.092","4.002","95.675","28.721","30.822","-0.457","35.675",None,None),
 '2017-18': (["77.868","23.705","2.257","4.044","2.334","2.234","11.931","1.406","4.247","1.421"],"131.447","4.757","27.511","3.001","96.178","28.320","30.390","-0.600","36.868",["6663530","4127931","7269495","4459766","4441859","9905773"],"36868354"),
 '2018-19': (["82.603","24.395","1.812","4.223","2.283","2.246","12.278","1.398","10.155","0.113"],"141.506","4.859","29.536","8.484","98.627","28.320","30.390","-0.553","39.364",["7065972","4489555","7756400","4776604","4739899","10535207"],"39363637"),
 '2019-20': (["88.106","25.844","2.016","4.479","2.402","2.245","13.103","1.442","5.934","0.183"],"145.754","5.376","30.888","5.748","103.742","28.935","31.008","0.021","43.820",["7870443","5010458","8688772","5276750","5291658","11682397"],"43820478"),
 '2020-21': (["93.674","27.197","1.948","4.611","2.587","2.250","13.673","1.269","3.424","0.096"],"150.729","5.443","34.068","1.019","110.199","31.207","33.222","0.016","45.786",["8208120","5240314","9154518","5534367","5508722","12140684"],"45786725"),
 # 2021-22 expenditure: Eden prints Commissioned Services 1.216 / Supplies 13.752; South Lakeland prints 2.216 / 13,572.
 '2021-22': (["97.139","27.866","2.470","4.740","2.602","2.216","13.752","1.265","4.046","0.096"],"156.192","5.271","35.110","0.699","115.112","33.344","35.146","0.234","46.856",["8406957","5360311","9434810","5653340","5644993","12355196"],"46855607"),
 '2022-23': (["96.514","29.274","3.452","5.104","2.597","2.351","14.184","1.164","5.016","0.096"],"159.752","5.128","31.144","1.781","121.699","35.374","37.230","-0.011","49.084",None,None),
}
for y,(lines,gross,fees,og,res,nbr,pg,dclg,cf,ctr,dist,dtot) in cum.items():
    show(f"{y} gross = sum(lines)", s(*lines), gross)
    show(f"{y} NBR = gross - fees - other grants - reserves", D(gross)-D(fees)-D(og)-D(res), nbr)
    show(f"{y} CTR = NBR - police grant - DCLG/MHCLG + CF(deficit+/surplus-)", D(nbr)-D(pg)-D(dclg)+D(cf), ctr)
    if dist:
        show(f"{y} sum(district precepts)", s(*dist), dtot)
show("2021-22 gross with Eden's 1.216", s("97.139","27.866","2.470","4.740","2.602","1.216","13.752","1.265","4.046","0.096"), "156.192")
show("2021-22 gross with South Lakeland's 2.216 & 13.572", s("97.139","27.866","2.470","4.740","2.602","2.216","13.572","1.265","4.046","0.096"), "156.192")
show("2020-21 gross with South Lakeland transport 2.578", s("93.674","27.197","1.948","4.611","2.578","2.250","13.673","1.269","3.424","0.096"), "150.729")
show("2019-20 bands from Band D 256.68", bands("256.68"))
show("2020-21 bands from Band D 265.59", bands("265.59"))
show("2022-23 bands from Band D 282.15", bands("282.15"))
show("2020-21 rise % (265.59/256.68-1)", r((D("265.59")/D("256.68")-1)*100,'0.01'), "3.47")
show("2019-20 implied tax base = 43,820,478/256.68", D("43820478")/D("256.68"))
show("2020-21 implied tax base = 45,786,725/265.59", D("45786725")/D("265.59"))
show("2019-20 CTR per head 43.820m/498,375", r(D("43820000")/D("498375"),'0.01'), "87.93")
show("2018-19 CTR per head 39.364m/497,906", r(D("39364000")/D("497906"),'0.01'), "79.06")
show("2020-21 CTR per head 45.786m/498,888", r(D("45786000")/D("498888"),'0.01'), "91.78")
show("2021-22 CTR per head 46.856m/498,888 (stale pop.)", r(D("46856000")/D("498888"),'0.01'), "93.71")
show("2025/26 Cumbria PCC Band D increase % (324.00/310.05)", r((D("324.00")/D("310.05")-1)*100,'0.01'), "4.36")

print("\n=== S2 Surrey PCC 2025/26 (decision 51/2024-25) ===")
agg_a, agg_b, tb, bd = D("328250584"), D("150486087"), D("526600.4"), D("337.57")
show("s43(2) - s43(3) = council tax requirement", agg_a-agg_b)
show("tax base x Band D", tb*bd)
show("tax base x Band D rounded to £", r(tb*bd), agg_a-agg_b)
show("(s43(2)-s43(3))/tax base", (agg_a-agg_b)/tb, "337.57")
show("increase 337.57-323.57", bd-D("323.57"), "14.00")
show("increase %", r((bd/D("323.57")-1)*100,'0.01'), "4.3 (stated 'around 4.3%')")
print("bands computed   ", bands("337.57"))
print("bands published  ", ["225.05","262.55","300.06","337.57","412.58","487.60","562.62","675.14"])
show("2024/25 increase % 13/310.57 (Runnymede shows 4.186%)", r(D(13)/D("310.57")*100,'0.001'), "4.186")

print("\n=== S3 Cleveland PCC 2018/19 precept proposal ===")
tb, bd, ctr = D("151210.3"), D("226.540"), D("34255181")
show("tax base x Band D", tb*bd)
show("rounded to £", r(tb*bd), ctr)
ba = ["5441717","7503231","8794962","12515270"]
show("sum of billing-authority precepts", s(*ba), ctr)
show("CTR / tax base", ctr/tb, "226.540")
show("increase", bd-D("214.54"), "12")
show("increase %", r((bd/D("214.54")-1)*100,'0.01'))
print("bands 2019/20 (Band D 250.54) computed", bands("250.54"), "published [167.03,194.86,222.70,250.54,306.22,361.89,417.57,501.08]")

print("\n=== S4 West Mercia ===")
wm23 = ["10029691.88","18798837.59","8694440.34","6957656.63","31239058.16","14631055.55","8716359.45","13869189.75","9188201.00"]
show("2023/24 sum precept demands", s(*wm23), "122124490.35")
show("2023/24 implied tax base total/264.50", s(*wm23)/D("264.50"))
for x in wm23:
    print("   2023/24 line / 264.50 =", D(x)/D("264.50"))
wm25 = ["11181910.85","21226079.71","9782159.92","7711778.25","35380532.66","16955010.05","9785975.65","15673182.53","10301027.00"]
show("2025/26 sum precept demands (TOTAL truncated in stored text)", s(*wm25))
tbs25 = []
for x in wm25:
    q = D(x)/D("291.50"); tbs25.append(r(q,'0.01'))
    print("   2025/26 line / 291.50 =", q, "-> tax base (2dp)", r(q,'0.01'), "; r2(tb*291.50)=", r(r(q,'0.01')*D("291.50"),'0.01'), "vs", x)
show("2025/26 sum of implied 2dp tax bases", sum(tbs25))
show("2025/26 sum(tax base) x 291.50", sum(tbs25)*D("291.50"))
show("Herefordshire 2023/24: 71073.11 x 264.50 (half-up would be .60)", D("71073.11")*D("264.50"), "18798837.59")
show("Herefordshire 2023/24 in binary float", repr(71073.11*264.5))
show("2023/24 NRB = core + PUP + legacy + precept + collection fund", s("133.872","4.3","11.975","122.124","0.767"), "273.038")
show("  ... + reserves 1.730", s("133.872","4.3","11.975","122.124","0.767","1.730"), "'£275.m' spend")
print("bands 2023/24 computed", bands("264.50"))
print("bands 2022/23 computed", bands("249.66"), "(published Band B 191.18 and difference 14.54)")
print("bands 2025/26 computed", bands("291.50"))
show("2023/24 increase", D("264.50")-D("249.66"), "14.84"); show("  %", r((D("264.50")/D("249.66")-1)*100,'0.01'), "5.94")
show("2025/26 increase % (14/277.50)", r(D(14)/D("277.50")*100,'0.01'), "5.05")

print("\n=== S5 Gwent 2022-23 ===")
g = [("Blaenau Gwent","6342390","20876.86"),("Caerphilly","18550851","61062.71"),("Monmouthshire","14391857","47372.80"),("Newport","18485844","60848.73")]
for n,p,t in g:
    show(f"{n}: tax base x 303.80 (rounded to £)", f"{D(t)*D('303.80')} -> {r(D(t)*D('303.80'))}", p)
show("sum of 5 precepts (incl. Torfaen 10,373,880)", s("6342390","18550851","14391857","18485844","10373880"), "68144822")
show("implied Torfaen tax base 10,373,880/303.80", D("10373880")/D("303.80"))
show("implied total tax base 68,144,822/303.80", D("68144822")/D("303.80"))
show("2023-24 increase 324.52-303.80", D("324.52")-D("303.80"), "20.72")
show("2023-24 increase %", r((D("324.52")/D("303.80")-1)*100,'0.01'), "6.82")
show("2023-24 implied tax base 72,998,181/324.52", D("72998181")/D("324.52"))

print("\n=== S6 Warwickshire 2024/25 (WPCC3-0122) ===")
sub = D("132.515")-s("41.451","21.383","3.910","0.368","0.876")
show("budget req - police grant - RSG - CTSG - freeze 13/14 - freeze 11/12", sub, "64.581 (printed as 'Sub-Total')")
show("sub-total less collection fund (0.054) i.e. + 0.054", sub + D("0.054"), "64.581")
show("net revenue budget - reserves", D("133.144")-D("0.629"), "132.515")
show("increase %", r((D("289.71")/D("276.71")-1)*100,'0.1'), "4.7")
show("implied tax base 64.581m/289.71 (approx: £m to 3dp)", D("64581000")/D("289.71"))
print("bands computed", bands("289.71"))
show("2025/26 NBR = 140.802 - 1.375", D("140.802")-D("1.375"), "139.427")
show("2022/23 NBR = 121.438 - 0.050", D("121.438")-D("0.050"), "121.388")

print("\n=== S7 Staffordshire 2023/24 (panel minutes) ===")
sg = s("129.860","1.825","4.100","3.541","8.423")
show("grants listed", sg)
show("grants + council tax 93,883,136", sg + D("93.883136"), "242.902")
show("unexplained residual", D("242.902") - sg - D("93.883136"))
show("implied tax base 93,883,136/260.57", D("93883136")/D("260.57"))
show("23/24 % (12/248.57)", r(D(12)/D("248.57")*100,'0.01'), "4.83")
show("24/25 % (13/260.57)", r(D(13)/D("260.57")*100,'0.01'), "4.99")

print("\n=== S8 North Yorkshire ===")
show("2024/25 settlement increments 1,792+2,420+3,481 (£k)", s("1792","2420","3481"), "7693")
show("Cleveland 2024/25 increments 2,208+3,479+2,983 (£k)", s("2208","3479","2983"), "8670")
show("NY funding 2024/25", s("88.8","97.4","7.9","17.7","9.2"), "221.0")
show("NY funding 2023/24", s("83.8","92.4","7.9","8.8","8.4"), "201.4")
show("NY spend 2024/25", s("109.3","6.8","47.4","8.7","26.1","21.2","1.5"), "221.0")
show("NY spend 2023/24", s("99.9","6.9","45.0","9.1","23.3","15.8","1.4"), "201.4")
print("NY 2024/25 bands computed from Band D 306.86:", bands("306.86"))
print("NY 2024/25 bands published:                  ['204.58','238.66','272.76','306.86','375.06','443.24','511.44','613.72']")
prev = ["196.73","229.51","262.30","295.09","360.67","426.24","491.82","590.18"]
inc = [r(D("11.77")*n/9,'0.01') for n in (6,7,8,9,11,13,15,18)]
print("NY prior-year band + rounded increase:       ", [D(p)+i for p,i in zip(prev,inc)])
print("NY published increases 7.85 9.15 10.46 11.77 14.39 17.00 19.62 23.54; computed:", inc)
show("NY 2025/26 increase %", r(D(14)/D("306.86")*100,'0.01'), "4.56")
show("NY 2024/25 increase %", r(D("11.77")/D("295.09")*100,'0.01'), "3.99")

print("\n=== Other Band D increase checks ===")
for n,a,b,pub in [("Kent 2023/24","228.15","243.15","6.57"),("Kent 2024/25","243.15","256.15","5.34"),("Essex 2024/25","233.46","246.42","5.55"),("Essex 2025/26","246.42","260.37","5.66"),("Lincolnshire 2024/25","291.24","304.20","nearly 4.5"),("Dyfed-Powys 2025/26","332.03","360.68","8.6"),("Cambridgeshire 2025/26","285.48","299.43","4.9"),("Surrey 2024/25","310.57","323.57","4.2 / 4.186")]:
    a,b = D(a),D(b)
    print(f"{n}: +{b-a}  {((b-a)/a*100).quantize(D('0.0001'))}%  (published {pub})")
show("Dyfed-Powys 2025/26 new Band D = 332.03 + 28.65", D("332.03")+D("28.65"))
show("Kent 2025/26 financing", s("303.2","183.9","39.1","10"), "536.2")
show("Kent 2025/26 expenditure", s("293.3","117.9","24.2","22.1","9.8","43.8","19.6","4.0","1.5"), "536.2")

print("\n=== Surrey 2025/26: Band D window reproducing all 8 published bands (half-up, 1p) ===")
pub = {6:'225.05',7:'262.55',8:'300.06',9:'337.57',11:'412.58',13:'487.60',15:'562.62',18:'675.14'}
lo, hi = D(0), D(10**9)
for n,p in pub.items():
    lo = max(lo, (D(p)-D('0.005'))*9/n); hi = min(hi, (D(p)+D('0.005'))*9/n)
print("window [", lo, ",", hi, ") non-empty:", lo < hi)
