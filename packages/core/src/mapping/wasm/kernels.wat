;; Kernels of the mapping core in WebAssembly with 128-bit SIMD (two f64 per lane).
;; Compiled by scripts/build-wasm.mjs into kernels-wasm.ts (base64); a test checks that
;; the committed bytes are this file's. Memory layout and callers: kernels.ts. The memory is
;; imported and shared, so two threads can run the kernels on the same data.
(module
  (import "env" "memory" (memory 1 65536 shared))

  ;; Relatedness density of R regions (Hidalgo et al. 2007; relatedness-density.ts):
  ;;   out[r][i] = (sum over k present in r of phi[k][i]) / den[i]
  ;; phi: P x P doubles (rowBytes = 8P) followed by 16 spare doubles; den: P doubles then
  ;; 16 ones; out: R x P doubles; cols: for each present cell, the byte offset of its phi
  ;; row (k * rowBytes); offsets: R + 1 i32 indexes into cols.
  ;; Columns are taken in tiles of 16 doubles held in 8 SIMD registers, so a tile of phi
  ;; (P x 128 bytes) stays in cache while every region is summed; each sum is in the order
  ;; of k, as the JavaScript loop adds. Full tiles are stored straight into out; the last
  ;; tile, when only `valid` < 16 of its columns exist, goes through `scratch` (128 bytes)
  ;; so nothing is written outside a region's row (threads share `out`).
  (func (export "density")
    (param $phi i32) (param $rowBytes i32) (param $tiles i32) (param $offsets i32) (param $cols i32)
    (param $regions i32) (param $out i32) (param $den i32) (param $valid i32) (param $scratch i32)
    (local $t i32) (local $tileOff i32) (local $r i32) (local $k i32) (local $kEnd i32)
    (local $p i32) (local $q i32) (local $d i32) (local $base i32) (local $s i32) (local $partial i32)
    (local $c i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $a4 v128) (local $a5 v128) (local $a6 v128) (local $a7 v128)
    (block $tilesDone
      (loop $tileLoop
        (br_if $tilesDone (i32.ge_u (local.get $t) (local.get $tiles)))
        (local.set $tileOff (i32.shl (local.get $t) (i32.const 7)))
        (local.set $base (i32.add (local.get $phi) (local.get $tileOff)))
        (local.set $d (i32.add (local.get $den) (local.get $tileOff)))
        (local.set $q (i32.add (local.get $out) (local.get $tileOff)))
        (local.set $partial (i32.and
          (i32.eq (local.get $t) (i32.sub (local.get $tiles) (i32.const 1)))
          (i32.lt_u (local.get $valid) (i32.const 16))))
        (local.set $r (i32.const 0))
        (block $regionsDone
          (loop $regionLoop
            (br_if $regionsDone (i32.ge_u (local.get $r) (local.get $regions)))
            (local.set $a0 (v128.const f64x2 0 0))
            (local.set $a1 (v128.const f64x2 0 0))
            (local.set $a2 (v128.const f64x2 0 0))
            (local.set $a3 (v128.const f64x2 0 0))
            (local.set $a4 (v128.const f64x2 0 0))
            (local.set $a5 (v128.const f64x2 0 0))
            (local.set $a6 (v128.const f64x2 0 0))
            (local.set $a7 (v128.const f64x2 0 0))
            (local.set $k (i32.load (i32.add (local.get $offsets) (i32.shl (local.get $r) (i32.const 2)))))
            (local.set $kEnd (i32.load offset=4 (i32.add (local.get $offsets) (i32.shl (local.get $r) (i32.const 2)))))
            (block $cellsDone
              (loop $cellLoop
                (br_if $cellsDone (i32.ge_u (local.get $k) (local.get $kEnd)))
                (local.set $p (i32.add (local.get $base)
                  (i32.load (i32.add (local.get $cols) (i32.shl (local.get $k) (i32.const 2))))))
                (local.set $a0 (f64x2.add (local.get $a0) (v128.load offset=0 (local.get $p))))
                (local.set $a1 (f64x2.add (local.get $a1) (v128.load offset=16 (local.get $p))))
                (local.set $a2 (f64x2.add (local.get $a2) (v128.load offset=32 (local.get $p))))
                (local.set $a3 (f64x2.add (local.get $a3) (v128.load offset=48 (local.get $p))))
                (local.set $a4 (f64x2.add (local.get $a4) (v128.load offset=64 (local.get $p))))
                (local.set $a5 (f64x2.add (local.get $a5) (v128.load offset=80 (local.get $p))))
                (local.set $a6 (f64x2.add (local.get $a6) (v128.load offset=96 (local.get $p))))
                (local.set $a7 (f64x2.add (local.get $a7) (v128.load offset=112 (local.get $p))))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $cellLoop)))
            (local.set $s (select (local.get $scratch) (local.get $q) (local.get $partial)))
            (v128.store offset=0 (local.get $s) (f64x2.div (local.get $a0) (v128.load offset=0 (local.get $d))))
            (v128.store offset=16 (local.get $s) (f64x2.div (local.get $a1) (v128.load offset=16 (local.get $d))))
            (v128.store offset=32 (local.get $s) (f64x2.div (local.get $a2) (v128.load offset=32 (local.get $d))))
            (v128.store offset=48 (local.get $s) (f64x2.div (local.get $a3) (v128.load offset=48 (local.get $d))))
            (v128.store offset=64 (local.get $s) (f64x2.div (local.get $a4) (v128.load offset=64 (local.get $d))))
            (v128.store offset=80 (local.get $s) (f64x2.div (local.get $a5) (v128.load offset=80 (local.get $d))))
            (v128.store offset=96 (local.get $s) (f64x2.div (local.get $a6) (v128.load offset=96 (local.get $d))))
            (v128.store offset=112 (local.get $s) (f64x2.div (local.get $a7) (v128.load offset=112 (local.get $d))))
            (if (local.get $partial)
              (then
                (local.set $c (i32.const 0))
                (block $copyDone
                  (loop $copy
                    (br_if $copyDone (i32.ge_u (local.get $c) (local.get $valid)))
                    (f64.store (i32.add (local.get $q) (i32.shl (local.get $c) (i32.const 3)))
                      (f64.load (i32.add (local.get $scratch) (i32.shl (local.get $c) (i32.const 3)))))
                    (local.set $c (i32.add (local.get $c) (i32.const 1)))
                    (br $copy)))))
            (local.set $q (i32.add (local.get $q) (local.get $rowBytes)))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $regionLoop)))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $tileLoop))))

  ;; Co-occurrence proximity (Hidalgo et al. 2007; proximity.ts): for i < j,
  ;;   phi[i][j] = phi[j][i] = C(i,j) / max(u_i, u_j),  C(i,j) = #regions where both are present,
  ;; written only where C > 0 (the memory starts at zero). Each industry's presence is a
  ;; bitset of the regions (`words` 64-bit words per industry, at `bits`), so C is a
  ;; population count of the AND of two bitsets, four words per step. u: P doubles.
  (func (export "proximity")
    (param $bits i32) (param $words i32) (param $P i32) (param $u i32) (param $phi i32)
    (local $i i32) (local $j i32) (local $w i32) (local $a i32) (local $b i32) (local $c i64)
    (local $stride i32) (local $ui f64) (local $uj f64) (local $v f64) (local $w4 i32)
    (local.set $stride (i32.shl (local.get $words) (i32.const 3)))
    (local.set $w4 (i32.and (local.get $words) (i32.const -4)))
    (block $iDone
      (loop $iLoop
        (br_if $iDone (i32.ge_u (local.get $i) (local.get $P)))
        (local.set $a (i32.add (local.get $bits) (i32.mul (local.get $i) (local.get $stride))))
        (local.set $ui (f64.load (i32.add (local.get $u) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $j (i32.add (local.get $i) (i32.const 1)))
        (block $jDone
          (loop $jLoop
            (br_if $jDone (i32.ge_u (local.get $j) (local.get $P)))
            (local.set $b (i32.add (local.get $bits) (i32.mul (local.get $j) (local.get $stride))))
            (local.set $c (i64.const 0))
            (local.set $w (i32.const 0))
            (block $wDone
              (loop $wLoop
                (br_if $wDone (i32.ge_u (local.get $w) (local.get $w4)))
                (local.set $c (i64.add (local.get $c) (i64.add
                  (i64.add
                    (i64.popcnt (i64.and (i64.load offset=0 (local.get $a)) (i64.load offset=0 (local.get $b))))
                    (i64.popcnt (i64.and (i64.load offset=8 (local.get $a)) (i64.load offset=8 (local.get $b)))))
                  (i64.add
                    (i64.popcnt (i64.and (i64.load offset=16 (local.get $a)) (i64.load offset=16 (local.get $b))))
                    (i64.popcnt (i64.and (i64.load offset=24 (local.get $a)) (i64.load offset=24 (local.get $b))))))))
                (local.set $a (i32.add (local.get $a) (i32.const 32)))
                (local.set $b (i32.add (local.get $b) (i32.const 32)))
                (local.set $w (i32.add (local.get $w) (i32.const 4)))
                (br $wLoop)))
            (block $tailDone
              (loop $tailLoop
                (br_if $tailDone (i32.ge_u (local.get $w) (local.get $words)))
                (local.set $c (i64.add (local.get $c)
                  (i64.popcnt (i64.and (i64.load (local.get $a)) (i64.load (local.get $b))))))
                (local.set $a (i32.add (local.get $a) (i32.const 8)))
                (local.set $b (i32.add (local.get $b) (i32.const 8)))
                (local.set $w (i32.add (local.get $w) (i32.const 1)))
                (br $tailLoop)))
            ;; back to the start of row i's bitset
            (local.set $a (i32.sub (local.get $a) (local.get $stride)))
            (if (i64.ne (local.get $c) (i64.const 0))
              (then
                (local.set $uj (f64.load (i32.add (local.get $u) (i32.shl (local.get $j) (i32.const 3)))))
                (local.set $v (f64.div (f64.convert_i64_u (local.get $c)) (f64.max (local.get $ui) (local.get $uj))))
                (f64.store (i32.add (local.get $phi)
                  (i32.shl (i32.add (i32.mul (local.get $i) (local.get $P)) (local.get $j)) (i32.const 3))) (local.get $v))
                (f64.store (i32.add (local.get $phi)
                  (i32.shl (i32.add (i32.mul (local.get $j) (local.get $P)) (local.get $i)) (i32.const 3))) (local.get $v))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $jLoop)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $iLoop)))
  )
)
