// SPDX-License-Identifier: GPL-3.0-or-later
// iOS audio session for narration: category Playback (the silent switch does not mute it and
// it goes on when the screen locks), mode SpokenAudio, ducking other apps' audio. Qt
// Multimedia's audio sink sets the Ambient category each time it starts; the category change
// is announced as a route change (AVAudioSessionRouteChangeReasonCategoryChange), so after
// every sink start this puts the wanted category back.
// While a step's voice is recorded the category is PlayAndRecord (Playback has no input), mode
// Default, output on the speaker rather than the receiver (DefaultToSpeaker, valid only with
// PlayAndRecord), so the practitioner hears the playback aloud; Playback returns after it.
#include "iosplatform.h"

#import <AVFoundation/AVFoundation.h>

namespace unknot {

namespace {

// Set and read on the main thread only (the recorder and the observer's main queue).
bool recordingNow = false;

void applyPlayback()
{
    AVAudioSession *session = [AVAudioSession sharedInstance];
    NSString *wanted =
        recordingNow ? AVAudioSessionCategoryPlayAndRecord : AVAudioSessionCategoryPlayback;
    if ([session.category isEqualToString:wanted])
        return;
    NSError *error = nil;
    BOOL set = NO;
    if (recordingNow)
        set = [session setCategory:AVAudioSessionCategoryPlayAndRecord
                              mode:AVAudioSessionModeDefault
                           options:AVAudioSessionCategoryOptionDefaultToSpeaker
                             error:&error];
    else
        set = [session setCategory:AVAudioSessionCategoryPlayback
                              mode:AVAudioSessionModeSpokenAudio
                           options:AVAudioSessionCategoryOptionDuckOthers
                             error:&error];
    if (!set)
        NSLog(@"unknot: audio session category not set: %@", error.localizedDescription);
}

} // namespace

void setAudioSessionRecording(bool recording)
{
    recordingNow = recording;
    applyPlayback();
}

void keepPlaybackAudioSession()
{
    applyPlayback();
    // The observer stays for the app's lifetime; the centre keeps the block.
    [[NSNotificationCenter defaultCenter]
        addObserverForName:AVAudioSessionRouteChangeNotification
                    object:nil
                     queue:[NSOperationQueue mainQueue]
                usingBlock:^(NSNotification *note) {
                  NSNumber *reason = note.userInfo[AVAudioSessionRouteChangeReasonKey];
                  if (reason.unsignedIntegerValue == AVAudioSessionRouteChangeReasonCategoryChange)
                      applyPlayback();
                }];
}

} // namespace unknot
