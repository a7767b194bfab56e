#!/usr/bin/perl
# Times Sisimai (Debian's libsisimai-perl) on every .eml file of a folder:
# one warm-up pass, then ROUNDS timed passes; prints one JSON line with the
# messages read, the CPU seconds (user + system) of the timed passes and of
# the quickest pass (on a shared machine the least disturbed one).
# Used by src/bench/bounce-bench.ts; module loading is not timed.
use strict;
use warnings;
use Sisimai;

my ($dir, $rounds) = @ARGV;
$rounds ||= 3;
opendir(my $dh, $dir) or die "cannot open $dir: $!\n";
my @files = map { "$dir/$_" } sort grep { /\.eml\z/ } readdir($dh);
closedir($dh);

my $recipients = 0;
for my $file (@files) {
    my $v = Sisimai->make($file, 'delivered' => 1, 'vacation' => 1) || [];
    $recipients += scalar @$v;
}
my $cpu = 0;
my $best;
for (1 .. $rounds) {
    my @r0 = times;
    for my $file (@files) { Sisimai->make($file, 'delivered' => 1, 'vacation' => 1); }
    my @r1 = times;
    my $round = ($r1[0] - $r0[0]) + ($r1[1] - $r0[1]);
    $cpu += $round;
    $best = $round if !defined($best) || $round < $best;
}
printf "{\"messages\":%d,\"recipients\":%d,\"cpuSeconds\":%.4f,\"bestRoundSeconds\":%.4f,\"version\":\"%s\"}\n", scalar(@files) * $rounds, $recipients, $cpu, $best, $Sisimai::VERSION;
